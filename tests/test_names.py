import pytest

from newsparse._normalize.names import Byline, is_person_name, parse_byline, split_authors


@pytest.mark.parametrize(
    ("line", "bare", "expected"),
    [
        ("Binsar", True, Byline(authors=("Binsar",))),
        ("Binsar", False, None),
        ("Oleh Desca Lidya Natalia", False, Byline(authors=("Desca Lidya Natalia",))),
        ("Oleh: Desca Lidya Natalia", False, Byline(authors=("Desca Lidya Natalia",))),
        ("Penulis: Ani, Budi", False, Byline(authors=("Ani", "Budi"))),
        ("Penulis: Ani dan Budi Santoso", False, Byline(authors=("Ani", "Budi Santoso"))),
        (
            "Pewarta: Budisantoso Budiman dan Agus S",
            False,
            Byline(authors=("Budisantoso Budiman", "Agus S")),
        ),
        ("Reporter: Ani | Editor: Budi", False, Byline(authors=("Ani",), editors=("Budi",))),
        ("Editor: Ervan Hardoko", False, Byline(editors=("Ervan Hardoko",))),
        ("By Jane Doe and John Roe", False, Byline(authors=("Jane Doe", "John Roe"))),
        ("By Jane Doe & John Roe", False, Byline(authors=("Jane Doe", "John Roe"))),
        (
            "Von Anna Müller und Jörg Schmidt",
            False,
            Byline(authors=("Anna Müller", "Jörg Schmidt")),
        ),
        ("Penulis  : Kontributor Lhokseumawe, Masriadi", False, Byline(authors=("Masriadi",))),
        ("Fino Yurio Kristo - detikinet", True, Byline(authors=("Fino Yurio Kristo",))),
        ("Pewarta: prwir", False, Byline(authors=("prwir",))),
        # Not bylines: a title, an agency code, a role, a source line, a sentence.
        ("Di Hadapan Putin, Kim Jong Un Pastikan Korea Utara Dukung Rusia", True, None),
        ("MDN", True, None),
        ("Oleh: Redaksi", False, None),
        ("By Staff Reporter", False, None),
        ("Sumber: The Telegraph", False, None),
        ("Oleh karena itu, harga naik tajam pada bulan ini.", False, None),
    ],
)
def test_parse_byline(line: str, bare: bool, expected: Byline | None) -> None:
    assert parse_byline(line, bare=bare) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jane Doe, John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe; John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe", ("Jane Doe",)),
        ("Redaksi", ()),
        ("Admin", ()),
        ("kompas.com", ()),
        ("https://example.com/author/jane", ()),
        ("Jane Doe jane@example.com", ("Jane Doe",)),
        ("Jane Doe, Jane Doe", ("Jane Doe",)),
        ("Anna Jervis-Bardy", ("Anna Jervis-Bardy",)),
        ("Tim Hanlon", ("Tim Hanlon",)),
        ("Ole Hansen og Kari Nordmann", ("Ole Hansen", "Kari Nordmann")),
        ("Von", ()),
        ("Twitter Facebook", ()),
        ("SID Nachrichtenagentur", ()),
        ("신현주 기자", ()),
        ("Jane Doe - detikcom", ("Jane Doe",)),
    ],
)
def test_split_authors(value: str, expected: tuple[str, ...]) -> None:
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Binsar", True),
        ("Jörg Schmidt", True),
        ("O'Neil Smith", True),
        ("Ludwig van Beethoven", True),
        ("Mahathir bin Mohamad", True),
        ("Saat pengadilan pertemukan Brotoseno", False),
        ("van der", False),
        ("Reuters", False),
        ("Tim Redaksi", False),
        ("12 September 2023", False),
        ("MDN", False),
        ("", False),
        ("one two three four five six seven", False),
    ],
)
def test_is_person_name(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected
