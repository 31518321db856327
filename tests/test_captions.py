import pytest

from newsparse._normalize.captions import looks_like_credit, split_credit


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Kim bertemu Putin, Rabu (13/9) [ist]", ("Kim bertemu Putin, Rabu (13/9)", "ist")),
        ("Demo di Jakarta [Foto: Antara]", ("Demo di Jakarta", "Antara")),
        (
            "Warga mengungsi. (ANTARA FOTO/Budi Setya)",
            ("Warga mengungsi.", "ANTARA FOTO/Budi Setya"),
        ),
        ("Pemandangan kota (Foto: Ani/Kompas)", ("Pemandangan kota", "Ani/Kompas")),
        ("Galaxy S6 Edge & S6 (ist)", ("Galaxy S6 Edge & S6", "ist")),
        ("Foto: ANTARA/Fulan", ("", "ANTARA/Fulan")),
        ("Foto: Kim bertemu Putin (Reuters)", ("Kim bertemu Putin", "Reuters")),
        ("Kim at the station. Photo: Reuters", ("Kim at the station.", "Reuters")),
        ("A crowd in London. Getty Images", ("A crowd in London.", "Getty Images")),
        ("The team celebrates © AFP", ("The team celebrates", "AFP")),
        ("© Getty Images", ("", "Getty Images")),
        ("Foto: Budi", ("", "Budi")),
        ("Foto: Budi Santoso/Kompas", ("", "Budi Santoso/Kompas")),
        ("Quelle: dpa", ("", "dpa")),
        ("Un hombre en la calle, Foto: Ana Pérez", ("Un hombre en la calle", "Ana Pérez")),
        ("Un hombre en la calle. Fuente: EFE", ("Un hombre en la calle.", "EFE")),
        ("Un uomo in strada. Credito: Ansa", ("Un uomo in strada.", "Ansa")),
        ("Friedrich Merz Foto: REUTERS/Jane Roe", ("Friedrich Merz", "REUTERS/Jane Roe")),
        ("Ein Hund im Park. Foto: Miles Lilley.", ("Ein Hund im Park.", "Miles Lilley")),
        (
            "Ein Abend in Leipzig. Foto: picture alliance / SZ Photo | Anna Muster",
            ("Ein Abend in Leipzig.", "picture alliance / SZ Photo | Anna Muster"),
        ),
        ("Ein Mann am Bahnhof. Quelle: Anna Muster", ("Ein Mann am Bahnhof.", "Anna Muster")),
        (
            "KOMPAS.COM/MASRIADI Penyidik Polres Lhokseumawe menyerahkan senjata",
            ("Penyidik Polres Lhokseumawe menyerahkan senjata", "KOMPAS.COM/MASRIADI"),
        ),
        # Brackets that are not credits stay in the text.
        ("Warga (37) menonton, Rabu (13/9)", ("Warga (37) menonton, Rabu (13/9)", None)),
        ("Poster London Love Story", ("Poster London Love Story", None)),
        ("Some words (in brackets)", ("Some words (in brackets)", None)),
        ("Harga naik, katanya. (ant/rd)", ("Harga naik, katanya. (ant/rd)", None)),
    ],
)
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ist", True), ("ANTARA/Fulan", True), ("Foto: Fulan", True), ("13/9", False), ("37", False)],
)
def test_looks_like_credit(text: str, expected: bool) -> None:
    assert looks_like_credit(text) is expected
