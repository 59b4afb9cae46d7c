"""abs_nb.edgar_client.settings: the hosts, the requester's identity and the cache folder."""

from __future__ import annotations

import pytest

from abs_nb import edgar
from abs_nb.edgar_client import settings
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


def test_the_hosts_default_to_the_secs_and_a_set_variable_replaces_each():
    assert (settings.www_url({}), settings.data_url({})) == ("https://www.sec.gov", "https://data.sec.gov")
    env = {"ABS_NB_EDGAR_URL": "http://127.0.0.1:9/mirror/www//", "ABS_NB_EDGAR_DATA_URL": "http://127.0.0.1:9/data"}
    assert settings.www_url(env) == "http://127.0.0.1:9/mirror/www"  # trailing slashes go: paths are appended
    assert settings.data_url(env) == "http://127.0.0.1:9/data"
    # a variable set but empty is no host
    assert settings.www_url({"ABS_NB_EDGAR_URL": ""}) == "https://www.sec.gov"


def test_the_identity_given_wins_over_the_variable_and_is_stripped():
    env = {"ABS_NB_EDGAR_IDENTITY": "Env Person env@example.com"}
    assert settings.resolve_identity("  Jane Doe jane@example.com ", env) == "Jane Doe jane@example.com"
    assert settings.resolve_identity(None, env) == "Env Person env@example.com"


@pytest.mark.parametrize(("identity", "found"), [
    (None, "found none"),  # and no variable
    ("   ", "found none"),
    ("jane@example.com", "found 'jane@example.com'"),  # an address without a name
    ("Jane Doe", "found 'Jane Doe'"),  # a name without an address
    ("Jane Doe jane@example", "found 'Jane Doe jane@example'"),  # no domain with a dot
    ("Jane\tDoe jane@example.com", "control or non-ASCII"),
    ("J\u00f6rg Doe jorg@example.com", "control or non-ASCII"),  # a header is ASCII
])
def test_an_identity_without_a_name_and_an_address_on_one_ascii_line_is_refused(identity, found):
    with pytest.raises(MissingIdentity, match="expected a requester identity") as info:
        settings.resolve_identity(identity, {})
    assert found in str(info.value) and "ABS_NB_EDGAR_IDENTITY" in str(info.value)


def test_the_cache_folder_is_the_variable_else_the_users_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert settings.cache_dir({"ABS_NB_EDGAR_CACHE": str(tmp_path / "c")}) == tmp_path / "c"
    assert settings.cache_dir({"XDG_CACHE_HOME": str(tmp_path / "xdg")}) == tmp_path / "xdg" / "abs_nb" / "edgar"
    assert settings.cache_dir({}) == tmp_path / "home" / ".cache" / "abs_nb" / "edgar"


def test_a_client_is_not_made_without_an_identity(monkeypatch):
    monkeypatch.delenv("ABS_NB_EDGAR_IDENTITY", raising=False)
    with pytest.raises(MissingIdentity, match="found none"):
        edgar.Client()
