"""Phrase tables shared by both parsers: labels, boilerplate, non-person words.

Everything here is data, with the two readers of it that several modules share
(:func:`phrase_alternation`, :func:`publication_key`). Matching is case-insensitive on text
cleaned by :func:`newsparse._normalize.whitespace.clean_line`. To teach newsparse a language,
add rows.

Each table is written as phrases separated by ``|``; :func:`_table` splits it, and
:func:`phrase_alternation` turns a table into the body of a regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "AFFILIATION_WORDS",
    "AUTHOR_LABELS",
    "AUTHOR_LINK_PREFIXES",
    "AUTHOR_LINK_SUFFIXES",
    "BOILERPLATE_LINES",
    "BOILERPLATE_PREFIXES",
    "BYLINE_WORDS",
    "CREDIT_LABELS",
    "CREDIT_PLATFORMS",
    "CREDIT_WORDS",
    "DESK_WORDS",
    "EDITOR_LABELS",
    "FIRST_PUBLISHED_LABELS",
    "JOB_TITLE_ENDS",
    "LIST_HEADERS",
    "NAME_CONJUNCTIONS",
    "NAME_PARTICLES",
    "NAME_ROLE_ENDINGS",
    "NAME_ROLE_SUFFIXES",
    "NAME_ROLE_WORDS",
    "NAME_TITLE_WORDS",
    "NEWS_AGENCIES",
    "NOT_A_PERSON",
    "OUTLET_WORDS",
    "PICTURE_AGENCIES",
    "PICTURE_BUTTONS",
    "PUBLISHED_LABELS",
    "SHARE_CHANNELS",
    "SHARE_WORDS",
    "SOURCE_LABELS",
    "TAG_LABELS",
    "TERMINAL_LINES",
    "TERMINAL_PREFIXES",
    "UPDATE_LABELS",
    "WEAK_PUBLISHED_LABELS",
    "phrase_alternation",
    "publication_key",
]


def phrase_alternation(phrases: Iterable[str]) -> str:
    r"""A regular-expression alternation of ``phrases``, longest first, spaces matching ``\s+``.

    Shared by every pattern built from the phrase tables, so that the HTML parser's patterns and
    :mod:`~newsparse._normalize.names` read the same words.

    >>> phrase_alternation(["by", "written by"])
    'written\\s+by|by'
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)


def _table(text: str) -> tuple[str, ...]:
    """Split a ``|``-separated phrase list, folding whitespace and dropping empty entries."""
    return tuple(" ".join(p.split()) for p in text.split("|") if p.strip())


# Short words that open a byline without a colon: "Von Anna Muster", "Av Ola Nordmann".
BYLINE_WORDS: tuple[str, ...] = _table(
    """
    by | von | oleh | par | por | door | av | af
    """
)

# Labels that introduce the writers of an article. Order does not matter; longer ones are tried first.
AUTHOR_LABELS: tuple[str, ...] = BYLINE_WORDS + _table(
    """
    written by | words by | author | authors | reporter | reporters | reported by | story by |
    text by | posted by | published by | penulis | pewarta | wartawan | laporan | fotografer |
    ditulis oleh | dilaporkan oleh | diposting oleh | jurnalis | autor | autorin |
    auteur | texto | testo |
    geschrieben von | verfasst von | veröffentlicht von | erstellt von | eingestellt von |
    publiziert von | artikel von | text von | publié par | publicado por | pubblicato da
    """
)

# Phrases around a name in author links and author boxes, which are not bylines in running
# text: "View all posts by Jane", "Über Anna Muster", "Jane Doe More posts", "Text: Jane".
AUTHOR_LINK_PREFIXES: tuple[str, ...] = _table(
    """
    view all posts by | all posts by | posts by | zeige alle beiträge von | alle beiträge von |
    show all articles of | interview | über | about | vom | text
    """
)
AUTHOR_LINK_SUFFIXES: tuple[str, ...] = _table(
    """
    more posts | weitere beiträge | alle artikel | all articles | more articles
    """
)

# Labels of people who are not authors: editors, translators, photo editors.
EDITOR_LABELS: tuple[str, ...] = _table(
    """
    editor | editors | edited by | redaktur | penyunting | penerjemah | translator | translated
    by | sub-editor | copy editor | redaksi | redakteur | rédacteur | editado por | editing by |
    additional reporting by | uploader | publisher | diunggah oleh | disunting oleh | suntingan |
    diterjemahkan oleh | penterjemah
    """
)

# Labels of a source or a sponsor line: "Sumber: The Telegraph".
SOURCE_LABELS: tuple[str, ...] = _table(
    """
    sumber | source | quelle | fuente | fonte | bron
    """
)

# Labels that introduce a list of tags or topics.
TAG_LABELS: tuple[str, ...] = _table(
    """
    tags | tag | topik | topic | topics | kata kunci | keywords | schlagworte | themen |
    mots-clés | etiquetas | etichette
    """
)

# Words joining two names: "A dan B", "A and B".
NAME_CONJUNCTIONS: tuple[str, ...] = _table(
    """
    and | dan | serta | und | et | y | e | en | og | och | &
    """
)

# Lower-case words inside names: "Ludwig van Beethoven", "Mahathir bin Mohamad", "Gabriel de la Torre".
NAME_PARTICLES: frozenset[str] = frozenset(
    _table(
        """
    van | von | der | den | de | del | della | di | da | do | dos | das | du | la | le | bin | binti
    | al | el | ibn | ter | ten | zu | y | e | of
    """
    )
)

# Words that name a newsroom's desk in a byline no one person signs ("Ars Staff", "BR24
# Redaktion"): such a byline is kept, as an agency's is, when nothing names a person.
DESK_WORDS: frozenset[str] = frozenset(
    _table(
        """
    staff | redaktion | rédaction | redazione | redacción | redação | redactie | redaksi |
    newsroom | desk
    """
    )
)

# Words that name a newspaper or a news site ("Warta Contoh", "The Example Times"): as one word of
# a short capitalised name they make it an outlet's, not a person's (and, after the place, a
# dateline's outlet: "Jakarta, Kabar Contoh - ...").
OUTLET_WORDS: frozenset[str] = frozenset(
    _table(
        """
    berita | daily | harian | herald | journal | koran | liputan | magazine | media | news |
    online | post | times | tribune | mingguan | warta | akhbar | majalah | utusan | kabar |
    tribun | gazette | chronicle | courier | telegraph | inquirer | observer | zeitung | gazeta |
    gazzetta | diario | jornal | kurier
    """
    )
)

# Words that, as a whole name or as one word of a short one, show it is not a person.
NOT_A_PERSON: frozenset[str] = OUTLET_WORDS | frozenset(
    _table(
        """
    admin | administrator | afp | agencies | agency | anonim | anonymous | ansa | antara | ap |
    associated | bernama | com | contributor | correspondent | desk | digital |
    dpa | editor | editorial | editorial board | editors | efe | foto | fotografer | getty |
    guest | http | https | humas | images | kontributor | koresponden
    | kyodo | newsroom | partner | photo | photographer |
    pr | press | redaction | redaksi | reporter | reuters | shutterstock | sponsored |
    staf | staff | tamu | tass | team | the | unknown | video | wartawan | wartawati | jurnalis |
    pewarta
    | wire | wires | www | xinhua | twitter | facebook | instagram | whatsapp |
    linkedin | youtube | tiktok | telegram | email | e-mail | share | print | cetak |
    nachrichtenagentur | agentur | redakteur | redakteurin | korrespondent | korrespondentin |
    기자 | 특파원 | 記者 | 记者 | 特派員 | skrifar | journalist | journaliste | periodista |
    nachrichten | noticias | notícias | nouvelles | notizie | nieuws | nyheter | nyheder |
    haberler | новости | uhr | phd | mph | mba | dphil
    | key points | key takeaways | takeaways | highlights | at a glance | in brief
    """
    )
)

# A section's label, printed alone over or under a headline ("Opinion", "Games"): a word that is
# no writer's name where a bare byline may stand.
SECTION_WORDS: frozenset[str] = frozenset(
    _table(
        """
    opinion | comment | analysis | editorial | games | gaming | sport | sports | business |
    politics | technology | tech | science | culture | lifestyle | travel | health | world |
    entertainment | music | film | movies | books | football | environment | education |
    fashion | food | features | podcast | weather | economy | markets | money | crime | obituaries
    | report | interview | review | explainer | essay
        """
    )
)

# News agencies, by name and abbreviation (compared case-folded, without a leading "The").
# Wire copy names its agency in the author slot, and the HTML parser keeps it as the author.
NEWS_AGENCIES: frozenset[str] = frozenset(
    _table(
        """
    afp | agence france-presse | agence france presse | ap | associated press | upi | united
    press international | reuters | thomson reuters | bloomberg | bloomberg news | dow jones |
    dow jones newswires | dpa | deutsche presse-agentur | dpa-afx | epd | evangelischer
    pressedienst | kna | katholische nachrichten-agentur | sid | sport-informations-dienst | ddp
    | dapd | dts | dts nachrichtenagentur | apa | austria presse agentur | sda | keystone-sda |
    ats | schweizerische depeschenagentur | ansa | agi | adnkronos | askanews | efe | agencia
    efe | europa press | lusa | agência lusa | agência brasil | anp | belga | ntb | tt | ritzau
    | stt | pap | čtk | ctk | mti | agerpres | bta | hina | tanjug | ana-mpa | aa | anadolu
    agency | anadolu ajansı | iha | ihlas haber ajansı | dha | demirören haber ajansı | tass |
    itar-tass | ria novosti | interfax | ukrinform | unian | xinhua | xinhua news agency | 新华社
    | 中新社 | kyodo | kyodo news | jiji | jiji press | 共同通信 | 時事通信 | yonhap | yonhap news
    agency | 연합뉴스 | newsis | 뉴시스 | news1 | 뉴스1 | cna | central news agency | 中央社 | pti
    | press trust of india | ani | ians | bss | unb | antara | kantor berita antara | bernama |
    pna | philippine news agency | vna | ttxvn | aap | australian associated press | pa | pa
    media | press association | canadian press | notimex | télam | telam | prensa latina | mena
    | wafa | irna | wam | kuna | qna | petra | apa-ots | kathpress | sapa | kenya news agency
    """
    )
)

# A picture's button whose label a page's text keeps at the head of the picture's caption
# ("View image in fullscreen A boat at the quay. Photograph: ..."), as written (case-sensitive).
PICTURE_BUTTONS: tuple[str, ...] = ("View image in fullscreen", "Enlarge this image")

# Picture agencies whose credit a page may print before a caption's text, run into one line
# ("Getty Images There are calls for ..."), as written in credits (compared case-sensitively).
PICTURE_AGENCIES: tuple[str, ...] = (
    "Getty Images",
    "Reuters",
    "AFP",
    "EPA",
    "PA Media",
    "Alamy",
    "Shutterstock",
    "Anadolu",
    "Imago",
)

# Words after a name that say what the person is: "신현주 기자" (reporter Shin Hyun-ju).
NAME_ROLE_SUFFIXES: frozenset[str] = frozenset(
    _table(
        """
    기자 | 특파원 | 선임기자 | 객원기자 | 인턴기자 | 논설위원 | 記者 | 记者 | 特派員 | 特派员 |
    编辑 | 通讯员
    """
    )
)

# Roles written before a name in Chinese and Japanese, as the end of the word before it:
# "編集委員　中沢克二" (senior staff writer), "新华社记者 王小明" (Xinhua reporter).
NAME_ROLE_ENDINGS: tuple[str, ...] = _table(
    """
    記者 | 记者 | 特派員 | 特派员 | 通讯员 | 通訊員 | 委員 | 委员
    """
)

# Words that end a name where a byline box runs on into the writer's role or a button:
# "Christoph Hein Chefredakteur", "Ann Lee Follow", "Steven Salentin Mitglied der Redaktion".
# Role words that often follow another word of the role ("Games Editor", "Senior Reporter") are
# in NOT_A_PERSON instead, which rejects the whole text.
NAME_ROLE_WORDS: frozenset[str] = frozenset(
    _table(
        """
    author | autor | autorin | auteur | chefredakteur | chefredakteurin | mitglied | volontär |
    volontärin | praktikant | praktikantin | reporterin | journalistin | columnist |
    kolumnist | kolumnistin | follow | folgen | abonnieren | subscribe | illustration |
    illustrationen | illustrations | grafik | bilder
    """
    )
)

# Job titles written before a name that are not part of it: "Rechtsanwalt Sebastian Einbock".
NAME_TITLE_WORDS: frozenset[str] = frozenset(
    _table(
        """
    rechtsanwalt | rechtsanwältin | fachanwalt | fachanwältin | steuerberater |
    steuerberaterin | notar | notarin
    """
    )
)

# The last word of a writer's job title on a line of its own under the name, in a byline box
# ("Jane Doe" over "Senior Reporter" or "Example Times technology correspondent").
JOB_TITLE_ENDS: frozenset[str] = frozenset(
    _table(
        """
    reporter | correspondent | editor | writer | journalist | columnist | producer |
    contributor | critic | photographer | presenter | commentator | analyst | editor-in-chief
    """
    )
)

# Words naming a writer's institution in a byline that gives each name an affiliation
# ("Jane Doe, University of Example and John Roe, Example Institute").
AFFILIATION_WORDS: frozenset[str] = frozenset(
    _table(
        """
    university | universität | université | universidad | universitas | institute | institut |
    college | school | centre | center | foundation | hospital | academy | laboratory | faculty
        """
    )
)

# Words that mean the text in brackets is a photo credit.
CREDIT_LABELS: tuple[str, ...] = _table(
    """
    foto | photo | photos | photograph | fotografer | photographer | credit | credits | image |
    images | picture | pic | bild | fotos | crédit | crédito | dok | dok. | dokumentasi | doc |
    sumber foto | source | ilustrasi | illustration | grafis | gambar | courtesy | quelle |
    symbolfoto | archivfoto | fotograf | ảnh | crédito foto | foto de | photo credit | credito |
    fuente | fonte | sumber | bildquelle | symbolbild | фото | isithombe | nuotr. | nuotr |
    bildrechte | fotografía | photography | photo credits | image credit | image credits |
    picture credit | picture credits | 사진 | 사진 출처 | 写真 | 图 | 圖
    """
)

# Whole credits that stand alone in brackets: "[ist]", "(istimewa)", "(Getty Images)".
CREDIT_WORDS: frozenset[str] = frozenset(
    _table(
        """
    afp | alamy | anadolu | ansa | antara | antara foto | ap | archiv | archive | arsip |
    bernama | courtesy | dok | dok. | dokumentasi | dpa | epa | facebook | file | freepik |
    getty | getty images | handout | illustration | ilustrasi | imago | instagram | internet |
    ist | istimewa | istock | istockphoto | kolase | net | pa | pa media | pa wire | pixabay |
    privat | private | reuters | screenshot | shutterstock | tangkapan layar | twitter |
    unsplash | wikimedia commons | xinhua | youtube | supplied | pexels | picture alliance |
    keystone | efe | europa press | kyodo | yonhap | 연합뉴스 | 뉴시스 | 뉴스1 | 共同 | 共同通信 |
    共同通信社 | 代表 | doc | dokpri | repro | tangkap layar
    """
    )
)

# Social networks named with an account as a photo's source: "Twitter @Persib".
CREDIT_PLATFORMS: tuple[str, ...] = _table(
    """
    twitter | instagram | facebook | youtube | tiktok | threads
    """
)

# Whole lines that are never part of an article (compared without trailing colons or dots).
BOILERPLATE_LINES: frozenset[str] = frozenset(
    _table(
        """
    + indeks | 0 | ads | advertisement | advertorial | all | artikel lainnya | artikel terkait |
    author | baca juga | back to top | bagikan | bagikan artikel | beranda | berita lainnya |
    berita terkait | blog | cari | cetak | comentarios | comment | commentaires | comments |
    continue reading | copy link | dislike | e-mail | editor | email | facebook | follow |
    follow us | forum | foto terkait | foto video terkait | google+ | halaman | home | iklan |
    ikuti | ikuti kami | indeks | kata kunci | kirim komentar | komentar | komentari |
    kommentare | langganan | lanjutkan membaca | lihat juga | lihat semua | like | line |
    linkedin | load more | loading | loading... | menu | more on this | more photos | most
    popular | most read | newsletter | next | page | pinterest | popular | populer | previous |
    print | rate artikel ini | read also | read more | reddit | rekomendasi | related | related
    articles | related news | related stories | salin link | scroll to continue with content |
    scroll untuk melanjutkan | search | sebelumnya | see also | selanjutnya | semua | share |
    share this | share this article | shares | sign up | simak juga | subscribe | tag | tags |
    telegram | terkait | terkomentari | terpopuler | tonton juga | top | topik | trending |
    tulis komentar | tweet | twitter | video terkait | vote photo | whatsapp | video | foto |
    galeri | galeri foto | infografis | watch video | watch the video | tonton video |
    save | about the author | über den autor | über die autorin | zur person | leave a comment | leave a
    reply | no comments | no comments yet | be the first to comment | keine kommentare | bisher
    keine kommentare | noch keine kommentare | kommentieren | kommentar schreiben | schreibe einen
    kommentar | kommentar verfassen | sie sind aktuell nicht eingeloggt | (noch keine bewertungen)
    | noch keine bewertungen | empfohlene beiträge | ähnliche beiträge | ähnliche artikel | weitere
    artikel | weitere themen | das könnte sie auch interessieren | das könnte sie auch
    interessieren! | das könnte dich auch interessieren | das könnte dich auch interessieren! |
    auch interessant | you may also like | you might also like | related posts | lust auf mehr? |
    quellen anzeigen | quellen ausblenden | permalink | permalien | imprimer | drucken |
    artikel drucken | artikel teilen | teilen | aucun commentaire | sin comentarios |
    recommended videos | lesen sie mehr zum thema | passend zum artikel | box aufklappen box
    zuklappen | fehler gefunden? jetzt melden | fehler gefunden?jetzt melden | we apologize, but
    this video has failed to load | try refreshing your browser, or | news & schlagzeilen |
    zum weiterlesen | anzeige | werbung | affiliate links | enthält affiliate links | anzeige,
    enthält affiliate links | alle angaben ohne gewähr | (alle angaben ohne gewähr) |
    hauptinhalt | zum hauptinhalt | skip to content | skip to main content | zum inhalt springen |
    komen | kongsi | kongsi artikel ini | kongsi berita ini | berita berkaitan | artikel
    berkaitan | berita terkini | paling popular | tulis komen | utama | log masuk | daftar masuk |
    langgan | hubungi kami | tentang kami | terkini | report ad | sponsored video | sponsored by
    advertising partner | watch to learn more | more videos | halaman selanjutnya | halaman
    berikutnya | pilihan redaksi | scroll untuk melanjutkan membaca | scroll ke bawah untuk
    melanjutkan membaca | bacaan lainnya | konten sponsor
    """
    )
)

# Words that open a share bar, in the languages of the development data and beyond: a line of
# one of them and nothing but the names of networks after it is the bar's residue.
SHARE_WORDS: tuple[str, ...] = _table(
    """
    share | share this | share this article | share on | share article | share story | teilen |
    artikel teilen | beitrag teilen | partager | partager sur | partagez | compartir | compartilhe |
    compartilhar | condividi | deel | delen | dela | paylaş | поделиться | bagikan | udostępnij |
    sdílet | chia sẻ | kongsi | مشاركة | 分享 | 分享到 | 分享至 | 分享本文 | シェア | シェアする | 공유 | 공유하기
    """
)

# The networks and channels a share bar names after its word.
SHARE_CHANNELS: tuple[str, ...] = _table(
    """
    facebook | twitter | x | whatsapp | telegram | linkedin | pinterest | reddit | tumblr |
    flipboard | messenger | email | e-mail | mail | print | sms | line | vk | vkontakte | xing |
    threads | bluesky | mastodon | copy link | link | 微信 | 微博 | 新浪微博 | 腾讯微博 | qq |
    qq空间 | qq好友 | 豆瓣 | 朋友圈 | 人人网 | はてな | はてなブックマーク | 카카오톡 | 카카오스토리 |
    페이스북 | 트위터 | 네이버 | 밴드
    """
)

# Line prefixes that mark boilerplate ("Baca juga: other story", "Editor: Name").
BOILERPLATE_PREFIXES: tuple[str, ...] = _table(
    """
    baca juga | baca: | baca pula | lihat juga | simak juga | simak video | simak berita |
    tonton juga | tonton video | saksikan video | read more: | read also | see also: | related:
    | also read | more: | advertisement | scroll to continue | copyright | © | hak cipta | all
    rights reserved | dapatkan update berita | ikuti berita | follow us on | download aplikasi |
    unduh aplikasi | klik di sini | click here | lesen sie auch | mehr zum thema | lire aussi |
    à lire aussi | lee también | leia também | leggi anche | lees ook | like ( | dislike ( |
    views: | sie müssen sich einloggen | sie müssen angemeldet sein | you must be logged in |
    you must log in | titelbild: | (credit: | crédits photos | das könnte sie auch interessieren |
    mehr zum thema: | zum weiterlesen: | jetzt abonnieren und von der vorlesefunktion |
    permalink | permalien | photograph by | photographs by | photo by | photos by | lust auf mehr? |
    bildrechte: | bildquelle: | fotocredit: | ikuti kami di | baca selengkapnya | (baca juga |
    halaman 1 2 | cek berita dan artikel | simak breaking news | (buang) | (hapus)
    """
)

# Headings of lists of other stories: the bullet lines under them are not the article.
LIST_HEADERS: frozenset[str] = frozenset(
    _table(
        """
    artikel lainnya | artikel terkait | baca juga | berita lainnya | berita terkait | blog |
    berita berkaitan | artikel berkaitan | bacaan lainnya |
    forum | foto terkait | foto video terkait | lihat juga | more on this | most popular | most
    read | people are also reading | people are also reading… | read more | rekomendasi | related
    | related articles | related stories | see also |
    simak juga | tag | tags | terkait | terkomentari | terpopuler | topik | video terkait |
    pilihan redaksi
    """
    )
)

# Lines after which nothing more belongs to the article (bylines and tags there are still read).
TERMINAL_LINES: frozenset[str] = frozenset(
    _table(
        """
    artikel lainnya | berita lainnya | comentarios | commentaires | comments | foto terkait |
    foto video terkait | kirim komentar | komen | komentar | komentari | kommentare | most popular |
    most read | rate artikel ini | rekomendasi | terkomentari | terpopuler | tulis komentar |
    video terkait | tulis komen
    """
    )
)


TERMINAL_PREFIXES: tuple[str, ...] = _table(
    """
    copyright | © | hak cipta | all rights reserved
    """
)

# Labels that open a visible publication date: "Datum:", "Published on", "Diterbitkan".
PUBLISHED_LABELS: tuple[str, ...] = _table(
    """
    datum | stand | erschienen am | veröffentlicht am | publiziert am | published | published on
    | posted on | publié le | publicado el | pubblicato il | diterbitkan | dipublikasikan
    """
)

# Labels that open a publication date but are too short or rare to trust on any element: read
# only by the HTML parser's last-resort search, when nothing else dates the page.
WEAK_PUBLISHED_LABELS: tuple[str, ...] = _table(
    """
    date | date de publication | date published | publication date | published date |
    first published | veröffentlicht | erschienen | erstellt am | publié | publicado |
    pubblicato | gepubliceerd | gepubliceerd op
    """
)

# Labels that name the publication inside a line that opens with an update label
# ("Updated 5 May 2019, first published 3 May 2019"): the date after one is the publication's.
FIRST_PUBLISHED_LABELS: tuple[str, ...] = _table(
    """
    published | published on | first published | first published on | originally published |
    originally published on | veröffentlicht | veröffentlicht am | erstmals veröffentlicht |
    erschienen | erschienen am | erstellt am | publié | publié le | publicado | publicado el |
    publicado em | pubblicato | pubblicato il | diterbitkan | gepubliceerd | gepubliceerd op
    """
)

# Labels that mark a date line as the time of the last update, not of publication.
UPDATE_LABELS: tuple[str, ...] = _table(
    """
    updated | last updated | update | last modified | diperbarui | diperbaharui | diupdate |
    dikemaskini | kemaskini | dikemas kini | kemas kini | terakhir diperbarui | terakhir
    dikemaskini | terakhir dikemas kini | pembaruan terakhir | aktualisiert |
    zuletzt aktualisiert | zuletzt geändert | zuletzt bearbeitet | mis à jour | mis a jour |
    dernière mise à jour | derniere mise a jour | actualizado | última actualización |
    ultima actualizacion | atualizado | última atualização | ultima atualizacao | aggiornato |
    ultima modifica | bijgewerkt | laatst bijgewerkt
    """
)

# The words of a key of a JSON record (a page's script data, a scraper's export) that names the
# publication time: one publication word and one time word, and none of the other-date words
# (``datePublished``, ``first_published_date``, ``publishTime``; not ``publisher``,
# ``published_by``, ``lastPublishedDate``, ``publicationSortDate``). See publication_key.
_PUBLICATION_KEY_WORDS = frozenset({"publish", "published", "publication", "publishing"})
_KEY_TIME_WORDS = frozenset({"date", "at", "on", "time", "datetime", "timestamp"})
_OTHER_DATE_KEY_WORDS = frozenset(
    {"update", "updated", "modified", "modification", "last", "sort", "end", "expires", "expiry"}
)
# Words a key may hold beside those without changing what it names (``first_published_date``).
_NEUTRAL_KEY_WORDS = frozenset({"first", "original", "article", "post"})
# The words of a key written in camel case or with separators (``publishedAt``, ``publish_date``).
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A run of lower-case letters made of the words above alone (``datepublished``, a key folded
# to lower case), read as those words.
_KEY_WORDS = _PUBLICATION_KEY_WORDS | _KEY_TIME_WORDS | _OTHER_DATE_KEY_WORDS | _NEUTRAL_KEY_WORDS
_GLUED_KEY_WORD = re.compile("|".join(sorted(_KEY_WORDS, key=len, reverse=True)))
_GLUED_KEY = re.compile(f"(?:{_GLUED_KEY_WORD.pattern})+")
# The longest run read as glued words (``firstpublicationdatetime`` has 24 letters). The pattern
# above splits ``datetime`` two ways, so a run of many of them that fails at its end is tried in
# every split: a page's JSON key of 40 ``datetime`` and an ``x`` never came back.
_LONGEST_GLUED_KEY = 48


def publication_key(key: str) -> bool:
    """Whether the JSON key ``key`` names a publication time, however it is written.

    ``datePublished``, ``publish_date``, ``publishedAt``, ``publishTime``, ``first_published_date``
    and the same keys in lower case run together (``datepublished``, ``publishedat``) do;
    ``publisher``, ``published_by``, ``lastPublishedDate`` and ``publicationSortDate`` do not,
    nor do keys that name a date without saying it is the publication's (``date``, ``pubdate``,
    ``timestamp``): the reader of a record that holds only the article's fields may add those.
    """
    words: set[str] = set()
    for written in _KEY_WORD.findall(key):
        word = written.lower()
        if (
            word not in _KEY_WORDS
            and len(word) <= _LONGEST_GLUED_KEY
            and _GLUED_KEY.fullmatch(word)
        ):
            words.update(_GLUED_KEY_WORD.findall(word))
        else:
            words.add(word)
    return (
        bool(words & _PUBLICATION_KEY_WORDS)
        and bool(words & _KEY_TIME_WORDS)
        and not words & _OTHER_DATE_KEY_WORDS
    )
