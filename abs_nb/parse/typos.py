"""Typos: how far, in edits, a printed word may stand from a known word and still be taken
for it (:meth:`abs_nb.parse.vocabulary.Vocabulary.correct`), never by listing each typo.

>>> typo_bound("prin"), typo_bound("occurance"), edit_distance("occurance", "occurrence", typo_bound("occurance"))
(0, 2, 2)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final


def edit_distance(a: str, b: str, bound: int) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one), or ``bound + 1``
    as soon as it must exceed ``bound``.

    >>> edit_distance("occurance", "occurrence", 2), edit_distance("subequent", "subsequent", 2)
    (2, 1)
    >>> edit_distance("prepayment", "repayment", 0)
    1
    """
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        low = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d = min(d, prev2[j - 2] + 1)
            cur[j] = d
            low = min(low, d)
        if low > bound:
            return bound + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def typo_bound(word: str) -> int:
    """Edits a printed word may be away from a known word and still be taken for it: none
    for words of up to four letters (``prin`` and ``prim`` are different words), one up to
    seven, two from eight."""
    n = len(word)
    return 0 if n <= 4 or word.isdigit() else 1 if n <= 7 else 2


def correction(word: str, known: Iterable[str]) -> str:
    """The one word of ``known`` that ``word`` is a typo of (within :func:`typo_bound` edits),
    else ``word`` itself: a prefix added or taken makes another word (``unscheduled``,
    ``repayment``), no typo, and of two words as near, neither is meant.

    >>> correction("distribtion", ["distribution", "interest"]), correction("unscheduled", ["scheduled"])
    ('distribution', 'unscheduled')
    """
    vowelless = without_vowels(word, known)
    if len(vowelless) == 1:
        return vowelless[0]  # an abbreviation of the word's consonants, no typo
    forms = forms_of(word, known)
    if len(forms) == 1:
        return forms[0]  # another form of a known word ("allocated": "allocation")
    bound = typo_bound(word)
    if not bound:
        return word
    found = [(edit_distance(word, k, bound), k) for k in known if abs(len(k) - len(word)) <= bound]
    found = [(d, k) for d, k in found if d <= bound and not (word.endswith(k) or k.endswith(word))]
    if not found:
        return word
    low = min(d for d, _ in found)
    closest = [k for d, k in found if d == low]
    return closest[0] if len(closest) == 1 else word


_VOWELS: Final = frozenset("aeiou")

#: the endings that make one word's forms (``distribute``, ``distributed``, ``distribution``,
#: ``allocating``): a verb's, its noun's; none that changes what a figure is (``able``:
#: ``Interest Distributable`` is the interest due, not the interest paid)
FORM_ENDINGS: Final = ("", "e", "d", "ed", "ing", "ion", "ation", "ment", "al")
#: the fewest letters two forms of one word share before their endings
FORM_ROOT: Final = 6


def forms_of(word: str, known: Iterable[str]) -> list[str]:
    """The known words ``word`` is another form of: the two share their first
    :data:`FORM_ROOT` letters at least, and what follows in each is one of
    :data:`FORM_ENDINGS`.

    >>> forms_of("distributed", ["distribution", "distributable"]), forms_of("allocated", ["allocation"])
    (['distribution'], ['allocation'])
    >>> forms_of("prepay", ["prepayment"]), forms_of("current", ["currency"]), forms_of("paid", ["payment"])
    (['prepayment'], [], [])
    """
    if len(word) < FORM_ROOT or not word.isalpha():
        return []
    roots = {word[:len(word) - len(e)] for e in FORM_ENDINGS if word.endswith(e) and len(word) - len(e) >= FORM_ROOT}
    # every root starts with the word's first FORM_ROOT letters: only known words starting so
    return [k for k in _by_root(known).get(word[:FORM_ROOT], []) if k != word and any(
        k.endswith(e) and k[:len(k) - len(e)] in roots for e in FORM_ENDINGS if len(k) - len(e) >= FORM_ROOT)]


def _by_root(known: Iterable[str]) -> dict[str, list[str]]:
    """The known words by their first :data:`FORM_ROOT` letters, in ``known``'s order; a
    vocabulary's set of words indexed once (again when it has grown), whatever the text asking."""
    if not isinstance(known, (set, frozenset)):
        return _index(known)
    n = len(known)
    if _ROOTS and _ROOTS[0][0] is known and _ROOTS[0][1] == n:
        return _ROOTS[0][2]
    index = _index(known)
    _ROOTS[:] = [(known, n, index)]  # one vocabulary in force at a time: its words alone
    return index


def _index(known: Iterable[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for k in known:
        if len(k) >= FORM_ROOT:
            index.setdefault(k[:FORM_ROOT], []).append(k)
    return index


_ROOTS: Final[list[tuple[object, int, dict[str, list[str]]]]] = []


def in_other_forms(words: frozenset[str], known: Iterable[str]) -> list[frozenset[str]]:
    """The word sets ``words`` makes with one of its words in the one other form
    :data:`known` holds of it (:func:`forms_of`): ``interest distributed`` is the set of
    ``interest distribution``.

    >>> [sorted(s) for s in in_other_forms(frozenset({"interest", "distributed"}), ["distributed", "distribution"])]
    [['distribution', 'interest']]
    """
    out: list[frozenset[str]] = []
    for w in sorted(words):
        forms = forms_of(w, known)
        if len(forms) == 1:
            out.append(words - {w} | {forms[0]})
    return out


def consonants(word: str) -> str:
    """A word's first letter and the consonants after it (``foreclosure`` -> ``frclsr``)."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)


def without_vowels(word: str, known: Iterable[str]) -> list[str]:
    """The known words ``word`` abbreviates by dropping their vowels (``Bnkrpt``, ``Frclsr``,
    ``Prncpl``): a printed word of four letters at least, no vowel after its first letter,
    that spells a known word's consonants (or their start); the one spelling them whole
    where there is one, else all (a reader takes them where they mean one thing).

    >>> without_vowels("frclsr", ["foreclosure", "forecast"]), without_vowels("bnkrpt", ["bankrupt", "bankruptcy"])
    (['foreclosure'], ['bankrupt'])
    >>> without_vowels("bal", ["balance"]), without_vowels("rate", ["rate"])
    ([], [])
    """
    if len(word) < 4 or not word.isalpha() or any(ch in _VOWELS for ch in word[1:]):
        return []
    hits = [k for k in known if k != word and consonants(k).startswith(word)]
    whole = [k for k in hits if consonants(k) == word]
    return whole if len(whole) == 1 else hits
