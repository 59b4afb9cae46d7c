"""abs_nb.edgar_client.settings: the hosts, the requester's identity and the cache folder."""

from __future__ import annotations

import pytest

from abs_nb import edgar
from abs_nb.errors import MissingIdentity
from tests.edgar_client.conftest import TRUST_CIK


def test_no_identity_no_request(edgar_server, tmp_path, monkeypatch):
    monkeypatch.delenv("ABS_NB_EDGAR_IDENTITY")
    with pytest.raises(MissingIdentity, match="ABS_NB_EDGAR_IDENTITY"):
        edgar.download(TRUST_CIK, to=tmp_path / "filings", progress=False)
    with pytest.raises(MissingIdentity, match="'Jane'"):
        edgar.find_trusts("Asset Backed Securities Corp 2003-HE2", identity="Jane")
    with pytest.raises(MissingIdentity, match="control"):
        edgar.filings(TRUST_CIK, identity="Jane jane@example.com\r\nX-Evil: 1")
    assert edgar_server.requests == [] and not (tmp_path / "filings").exists()
