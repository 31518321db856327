"""Read an :class:`~newsparse.model.Article` from a plain-text dump.

A dump is what a scraper writes for one article: a title line, then a header of short lines in any
order (byline, date line, site code, photo caption, share-bar residue), then the body, one paragraph
a line, with ad slots, inserts and captions between paragraphs, and widget labels after it. Other
tools write the whole page around it, Markdown, a header block of fields, or no title line at all;
the title is then chosen by the title model (:mod:`newsparse._text.title`). The conventions
recognised are described in ``docs/text-dumps.rst``.

The parser walks the lines once. Each line becomes part of one field, or is recognised boilerplate;
a line that fits nowhere is kept as a paragraph (in the body) or reported in ``warnings`` (in the
header), never dropped silently.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Sequence
from itertools import compress, islice, repeat
from operator import contains, sub
from typing import NamedTuple

import attrs

from newsparse._decode import byte_marks, latin1_holds_none
from newsparse._normalize import boilerplate
from newsparse._normalize.boilerplate import heads_no_list
from newsparse._normalize.captions import (
    has_credit_label,
    lone_credit,
    split_bracketed_source,
    split_credit,
)
from newsparse._normalize.datelines import (
    MAX_DATELINE_CHARS,
    OUTLET_TLD,
    Dateline,
    read_dateline,
    split_dateline,
    split_titled_dateline,
)
from newsparse._normalize.dates import (
    DateMatch,
    day_of,
    has_digit,
    parse_date,
)
from newsparse._normalize.language import guess_language
from newsparse._normalize.names import (
    Byline,
    affiliated_names,
    is_agency,
    is_job_title,
    is_person_name,
    split_authors,
)
from newsparse._normalize.phrases import (
    AUTHOR_LABELS,
    BYLINE_WORDS,
    FIRST_PUBLISHED_LABELS,
    JOB_TITLE_ENDS,
    NAME_ROLE_ENDINGS,
    NAME_ROLE_SUFFIXES,
    NOT_A_PERSON,
    PICTURE_AGENCIES,
    PICTURE_BUTTONS,
    PUBLISHED_LABELS,
    SECTION_WORDS,
    SOURCE_LABELS,
    UPDATE_LABELS,
    WEAK_PUBLISHED_LABELS,
    phrase_alternation,
)
from newsparse._normalize.refused import RefusedDate, refused_date, settle_refused
from newsparse._normalize.whitespace import clean_line, excerpt, quoted_lines, shortened
from newsparse._options import MAX_URL_CHARS
from newsparse._text.lines import (
    BULLET_STARTS,
    CAPTION_HEADS,
    CREDIT_ENDS,
    HAN,
    HANGUL,
    HIDDEN_LABEL_OPENINGS,
    KANA_HAN,
    LABEL_HEADS,
    LineFacts,
    has_dash_credit,
    is_bullet,
    is_byline_label,
    is_cjk_update_line,
    is_embed_tag,
    is_paragraph_like,
    is_relative_time,
    is_site_code,
    may_be_caption,
    names_no_writer,
    opens_with_label,
    yearless_cjk_update,
)
from newsparse._text.markup import (
    LABEL_WORDS,
    address_field,
    broken_block_lines,
    field_table,
    is_body_label,
    is_field_label,
    is_link_line,
    join_inline_breaks,
    opens_with_no_fields,
    pictures_as_markdown,
    read_front_matter,
    strip_markdown,
    strip_tags,
    unemphasised,
    unwrap,
)
from newsparse._text.title import is_whole_page, title_lines, with_kicker
from newsparse.errors import InputTooLargeError, NotAnArticleError
from newsparse.model import Article, Caption

__all__ = ["parse_text"]

#: How far down a page under a tool's title field its own headline may stand, and the marks
#: before a site's name that a window title adds to the headline.
_HEADLINE_REACH = 400
_TITLE_SUFFIX_MARKS = ("|", "-", "–", "—", "·", "•", ":")
_MIN_HEADLINE = 12
#: One word of an acronym run on with one word in lower case ("ABVibe", "XYNews"): in a tool's
#: author field, the tool's or the outlet's brand, not a person (a user name runs on in more
#: capitals, "AMournfulHowl").
_BRAND_NAME = re.compile(r"^[A-Z]{2,}[a-z]+$")
#: A bot account in a tool's author field: a word in camel case ending in "Bot" ("NewsBot"), or
#: "Bot" as a word of its own ("News Bot").
_BOT_NAME = re.compile(r"^(?:[A-Z][A-Za-z0-9]*[a-z0-9]Bot|(?:\w+ )?[Bb]ot)$")
#: A tool's date with hyphens between the clock's parts too ("2020-09-06-04-20-05", a static-site
#: generator's post date): read as "2020-09-06 04:20:05".
_HYPHENED_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d{2})-(\d{2})-(\d{2})$")
#: An item of a list written as a program prints it, in single or double quotes.
_QUOTED_ITEM = re.compile(r"'(?P<single>[^']*)'|\"(?P<double>[^\"]*)\"")
#: An acronym written in title case: a capital, then two or more lower-case letters of the Latin
#: alphabet, none a vowel (``y`` counts as one).
_TITLED_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{2,}")
#: A title field's last part after a bar is a site's name when it has at most this many words and
#: the part before it at least _HEADLINE_WORDS.
_SITE_SUFFIX_WORDS = 3
_HEADLINE_WORDS = 4
#: How many lines of running text may stand above a page's headline (a cookie notice, a teaser).
_TEXT_ABOVE_HEADLINE = 2
#: How many lines right above a page's headline are read for its date (over a kicker or a label).
_DATE_ABOVE = 5
#: How many lines under the header are read for the article's own date line, above its first
#: long paragraph (see _dated_below), and how many spaces make a paragraph long.
_DATE_BELOW = 5
_LONG_PARAGRAPH_SPACES = 30
#: How many unrecognised lines the header may hold, and how far after the title it may reach.
_HEADER_LINES = 6
_HEADER_REACH = 40
#: Pull quotes repeat the body ("...kata dia." or a quotation); above the body they are left out.
_PULL_QUOTE = re.compile(r'^(?:\.\.\.|…|["“])|["”]$')
#: How many lines (besides lists of other stories) a dateline may sit below a header line.
_DATELINE_LOOKAHEAD = 4
#: An update's label after the publication's date on the same line, behind a bar, dash, comma or
#: bracket (``Diterbitkan: 14 Sep 2023 11:22 AM | Dikemaskini: 14 Sep 2023 3:30 PM``): the date
#: after it is the update's.
_LATER_UPDATE = re.compile(
    r"(?:[|,;(·•–—-]|\s-|(?<=[0-9A-Z])\s)\s*(?:"
    + "|".join(re.escape(label) for label in sorted(UPDATE_LABELS, key=len, reverse=True))
    + r")\b\s*(?:pada\s+|on\s+)?[:：]?\s*(?P<rest>\S.*)$",
    re.I,
)
#: A publication's label after an update's date on the same line, behind a bar, dash, comma or
#: bracket (``Diperbarui: 14 Sep 2023 13:00 WIB | Diterbitkan: 14 Sep 2023 11:22 WIB``): the date
#: after it is the publication's.
_LATER_PUBLICATION = re.compile(
    r"(?:[|,;(·•–—-]|\s-|(?<=[0-9A-Z])\s)\s*(?:"
    + phrase_alternation(
        (*FIRST_PUBLISHED_LABELS, "dipublikasikan", "terbit", "disiarkan", "posted", "posted on")
    )
    + r")\b\s*(?:pada\s+|on\s+)?[:：]?\s*(?P<rest>\S.*)$",
    re.I,
)
#: A piece of every update label (the first five letters of its last word), one of which a line
#: holding an update's label holds.
_UPDATE_STEM = re.compile(
    "|".join(sorted({re.escape(label.split()[-1][:5]) for label in UPDATE_LABELS}))
)
#: Where a line holding a byline and a date splits: a dash or bar, or "by"/"oleh" before the name.
#: (The run of spaces opens where no space stands before it. Written as a space first, then a
#: look back at it and the character before it: a pattern opening with a character class is
#: searched for by that class, skipping the line's other characters in C; one opening with a
#: look back tries the whole pattern at every character.)
_BYLINE_DATE_SPLIT = re.compile(r"\s(?<!\s\s)\s*(?:[-–—|•·]|by|oleh)\s+", re.I)
#: A byline that goes on with the date after the word for "on" (``Oleh Ani Lestari pada Kamis, 14
#: September 2023``, ``By Jane Doe on September 14, 2023``, ``Posted by Jane Doe on ...``): the
#: name holds no digit.
_BY_NAME_ON_DATE = re.compile(
    r"(?:(?:posted|written|published|reported|ditulis|diposting|dilaporkan)\s+)?"
    r"(?:by|oleh)\s+(?P<name>[^\d\s][^\d]{1,60}?)\s+(?:on|pada)\s+(?P<when>\S.*)$",
    re.I,
)
#: A bare name before a header line's date (``Jane Doe | 14 Sep 2023``) has fewer words.
_NAME_FIRST_WORDS = 4
#: The first letters of such a line (a word for "by", or the label before one).
_BY_NAME_ON_FIRSTS = frozenset("BbOoPpWwRrDd")
#: A date written in figures alone (``14/09/2023``, ``14/09/2023, 11:22 WIB``): no word in it but
#: a time zone's letters.
_FIGURES_DATE = re.compile(r"[\d/.:,\s-]+(?:[A-Z]{3,4})?$")
#: A writer's label glued after a date with no mark between (``... 11:22 WIB Oleh: Ani``): the
#: space before it is where such a line splits.
_GLUED_BY_LABEL = re.compile(r"\s(?=(?:oleh|penulis|reporter|pewarta|by)\s?:)", re.I)
#: A publication label, its date and the writer after the word for "by" in the label's language
#: (a blog theme's line: ``Veröffentlicht am 3. Mai 2024 von Jane Doe``, ``Publié le 3 mai 2024
#: par Jane Doe``): the date is the label and what follows it up to that word.
_DATE_BY_LABELS = (
    "veröffentlicht am",
    "publiziert am",
    "erschienen am",
    "geschrieben am",
    "publié le",
    "publicado el",
    "publicado em",
    "pubblicato il",
)
_LABELLED_DATE_BY = re.compile(
    rf"({'|'.join(_DATE_BY_LABELS)}) (.+?) (?:von|par|por|da) (.+)", re.I
)
#: The first letters of such a line, looked for before the pattern (most lines open otherwise).
_DATE_BY_FIRSTS = "".join({form[0] for label in _DATE_BY_LABELS for form in (label, label.title())})
#: The marks of ``_BYLINE_DATE_SPLIT`` with a space on either side (its words are read lowered).
_SPACED_SPLITS = (" - ", " – ", " — ", " | ", " • ")
#: How close below a standfirst (the summary under the title) the date or byline stands.
_STANDFIRST_REACH = 3
_STANDFIRST_SPACES = 3  # a standfirst has at least four words
_LONG_SITE_CODE = re.compile(r"[A-Z]{7,12}")
#: An outlet's web address standing where the site code stands (``Kabar.com``, ``KABAR.co.id``,
#: ``Kabar.com.my``).
_ADDRESS_SITE_CODE = re.compile(rf"[A-Za-z0-9][\w-]{{1,30}}(?i:(?:\.com)?\.{OUTLET_TLD})")
#: A name under a byline label on a line of its own has at most this many words.
_LABELLED_NAME_WORDS = 8
#: How much of the body the language guess reads.
_LANGUAGE_SAMPLE = 1500
#: A kana, a Chinese character or a hangul syllable.
_CJK_CHAR = re.compile(f"[{KANA_HAN}{HANGUL}]")
#: How many lines below a bare name in such a script :func:`_near_date` looks through: the
#: items of a list of sections may stand between the name and the date line (``山田太郎``,
#: ``* 国際``, ``* 中東``, ``2025/1/14 21:17``).
_CJK_NAME_REACH = 6
#: ... and how many lines above it (a picture of the writer may stand between).
_CJK_NAME_ABOVE = 2
#: A name's shape in Chinese characters or hangul: two to four Chinese characters or hangul
#: syllables (``山田太郎``, ``김철수``), or a family and a given name of one to three Chinese
#: characters each (``大渡 美咲``). (Kana spell a menu's verbs: ``完了しました``.)
_CJK_NAME = re.compile(f"[{HAN}]{{2,4}}|[{HANGUL}]{{2,4}}|[{HAN}]{{1,3}} [{HAN}]{{1,3}}")
#: A byline in the body is short: a longer line is a paragraph, never read as one.
_BYLINE_WORDS = 24
#: A headline wrapped over two lines: where the first line may break, and how long both may be.
_TITLE_BREAKS = (",", ";", " -", " –", " —")
_WRAPPED_TITLE_CHARS = 200
_WRAPPED_TITLE_SPACES = 15  # the rest of a headline has at most fifteen words
_CAPS_BYLINE_WORDS = 4
_BARE_BYLINE_WORDS = 3  # a bare name over the date line, with no title above it
#: Chinese characters and Japanese kana; a name written in them has at most this many characters
#: (``王小明``, ``山田 太郎``), spaces and all.
_CJK_TEXT = re.compile(f"[{KANA_HAN}]")  # (no hangul: Korean writes spaces)
_CJK_NAME_CHARS = 8
#: How many lines under the date line, and the shortest word, :func:`_said_again_below` reads.
_LEDE_LINES = 3
_LEDE_WORD_CHARS = 4
#: A word of a sentence broken off at a comma (:func:`_broken_at_comma`) has this many letters.
_LOWER_WORD_CHARS = 4
#: The most spaces a bare name over a job title's line holds (a name of at most four words).
_BARE_NAME_SPACES = 4
_DATE_LABELS = PUBLISHED_LABELS + WEAK_PUBLISHED_LABELS + UPDATE_LABELS
#: A caption without a credit is running text of at least this many words.
_CAPTION_WORDS = 8
#: ... and two of them in lower case at least (see :func:`_may_be_credited_caption`).
_CAPTION_LOWER_WORDS = 2
#: The most spaces a caption under its credit's line holds (a longer line is running text).
_HELD_CREDIT_SPACES = 60
# A caption that says most of the paragraph under it again: the share of its words repeated.
_REPEATED_SHARE = 0.8
# A story's headline in a list under a heading has fewer words than this.
_LISTED_HEADLINE_WORDS = 20
_LISTED_HEADLINE_SPACES = 3  # ... and at least four
_GLUE_PREFIX = 20  # characters of a line enough to find it in the dump
_WORD_MARKS = ".,;:!?()[]\"'“”‘’"
_SENTENCE_ENDS = (".", "!", "?", '."', ".”", "?”", "!”")
#: How many lines of running text come before a line of Markdown links is taken for navigation
#: (above them, such a line may be the title, a byline or the page's menu, read elsewhere).
_TEXT_BEFORE_LINKS = 2
#: The text after a Markdown picture on its line is its caption when shorter than this (in words).
_PICTURE_CAPTION_WORDS = 60
#: A caption's credit glued to its last sentence (``... in 2013.Jane Doe / Agency``).
_GLUED_CREDIT = re.compile(r"[.!?][\"”’]?(?=[A-Z][^!?]{0,80}$)")
_CREDIT_WORDS = 8
#: A line a tool's pseudo-XML wrapper wrote: an element's tags around its text, or a tag alone
#: (``<doc>``, ``<title>Headline</title>``, ``<content>First paragraph``, ``</content>``), with
#: attributes on an opening tag (``<doc id="7" url="...">``).
_TAG_WRAPPED = re.compile(
    r"^(?:<(?P<name>[A-Za-z][\w-]{0,20})(?:\s[^<>]{0,500})?>)?(?P<text>[^<>]*)"
    r"(?:</(?P<end>[A-Za-z][\w-]{0,20})>)?$"
)
_TITLE_TAGS = frozenset({"title", "headline", "judul"})
#: The page's address in the wrapper's opening tag (``<doc id="7" url="https://...">``).
_WRAPPER_ADDRESS = re.compile(
    r"""\s(?:url|href|link)\s*=\s*(?P<quote>["'])(?P<url>https?://[^"'<>\s]+)(?P=quote)"""
)
_OPENING_TAG = re.compile(r"<[A-Za-z][\w-]{0,20}(?:\s[^<>\n]{0,500})?>[ \t]*\r?\n")
#: A picture's credit alone in brackets above the text has fewer words than this.
_BARE_CREDIT_WORDS = 4
#: A rule of underscores closing a story, and how many lines of notes may follow it.
_CLOSING_RULE = re.compile(r"^_{2,}(?:\s|$)")
#: A rule of hyphens (``---``) on a line of its own, as a tool writes it between the story and
#: what it adds below it (a converter's rule for the page's own ``<hr>`` is ``* * *``).
_RULE = re.compile(r"^-{3,}$")
#: A line of nothing but no-break spaces written as character references (``&nbsp;``): an empty
#: slot (an advertisement's), written as the reference rather than the character.
_REFERENCE_ONLY_LINE = re.compile(r"&nbsp;(?:\s*&nbsp;)*")
#: What a tool adds under the story runs at most this share of the lines above it.
_ADDED_SHARE = 0.5
#: One part of a wire story's closing credit ("Reporting by A in Paris and B", "Editing by C"):
#: the reporters and writers it names are the authors; editors and additional reporters are not.
_CREDIT_PART = re.compile(
    r"^(?P<role>(?:additional\s+)?(?:reporting|writing|reported|written)"
    r"(?:\s+and\s+(?:reporting|writing|editing))?)\s+by\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)
#: Where a name in a credit was reporting from ("A in Paris"), left out of the name.
_CREDIT_PLACE = re.compile(r"(?<!\s)\s+in\s+[A-Z][^,;]*?(?=$|,|\s+and\s)")
#: A feed's or a republisher's line pointing to the story's first home, or a newsletter's
#: sign-up call: it closes what the tool copied of the story.
_COPY_TRAILER = re.compile(
    r"^(?:this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published) "
    r"(?:first )?(?:on|in|at)\b|read the (?:full|original|rest of the) (?:story|article)\b"
    r"|artikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat) di\b"
    r"|sign up for our\b.*\bnewsletter"
    r"|this (?:article|story|post) (?:is|was|has been) republished from\b"
    r"|sign me up for\b|sign up for (?:the|a)\b.*\bnewsletter"
    # (The first "through" is the one to read on from: found by a lookahead, which is never
    # tried again, and matched as found; trying each "through" in turn, with ``.*`` read back
    # from the line's end for "links" after each, cost the square of the line's length.)
    r"|when you (?:buy|purchase|shop)\b(?=(?P<through>.*?\bthrough\b))(?P=through).*\blinks\b"
    r"|we may (?:earn|receive) (?:an? )?(?:affiliate )?commission"
    r"|join (?:.{0,40}\s)?(?:telegram|whatsapp) channel"
    # the site the story was copied from, credited by its address alone ("Credits: example.com")
    r"|credits?\s*:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?$)",
    re.IGNORECASE,
)
#: Every character ``_COPY_TRAILER`` may match first: its phrases' first letters (a, c, j, r, s,
#: t, w) as the pattern reads them ignoring case, the long s among them. A line opening otherwise
#: is not searched.
_COPY_TRAILER_FIRSTS = "ACJRSTWacjrstw\u017f"
#: A wire story's sign-off on a line of its own: a dash (or two) and the agency's name, or the
#: word for "agencies" (``-- AGENCY``, ``- AGENSI``, ``— Agency``), among the last lines.
_DASHED_SIGNOFF = re.compile(r"^[-–—]{1,2}\s*(?P<name>[^\W\d_][\w .&-]{0,38}[\w.])$")
_SIGNOFF_WORDS = frozenset(("agensi", "agencies", "agency", "wires"))
#: A footer's sentence stating when the article was published (``Artikel ini disiarkan pada :
#: ...``, ``This article was published on ...``): under the text, it is no paragraph.
_DATE_FOOTER = re.compile(r"^(?:artikel|berita|tulisan|this (?:article|story)|the article)\b", re.I)
_DATE_FOOTER_FIRSTS = "AaBbTt"
#: An item of a numbered list ("1. Other story"): under a list's heading, one more item.
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s")
#: A heading over the list of a story's sources ("Sources:"), alone on its line.
_SOURCES_HEADING = re.compile(r"^(?:sources?|sumber)\s*:$", re.IGNORECASE)
#: A web address (a line of nothing else is a source line, not text).
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: The first four characters of such an address, in lower case.
_ADDRESS_STARTS = frozenset(("http", "www."))
#: Words set in bold at a paragraph's start (a dateline: ``**JAKARTA** -``, ``**JAKARTA --**``).
_BOLD_OPENING = re.compile(r"^\*\*([^*]{1,80})\*\*")
#: What ends a dateline: a dash or a colon.
_DATELINE_ENDS = ("-", "–", "—", ":")
_NOTES_LINES = 3
#: The last characters of a line that closes the story above the last lines but for a tool's
#: added line (see :func:`_closes_story`): a field label's colon, a credit's closing bracket.
_CLOSING_LAST = frozenset(":)")
#: How many notes on the writers may close a story, and what follows a writer's name in one.
_WRITER_NOTES = 2
_WRITER_VERBS = (" is a ", " is an ", " is the ", " covers ", " writes ", " reports ")
#: ... or, with no byline to match, a name, then the writer's trade within the sentence.
_WRITER_NOTE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}) is (?:a|an|the) [^.]{0,80}?"
    r"\b(?:writer|reporter|correspondent|editor|journalist|columnist|contributor)\b"
)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: How far into a note on the writer its verb (``is``, ``covers``, ``writes``) stands at most.
_WRITER_VERB_REACH = 60
_WRITER_VERB_WORDS = (" is ", " covers ", " writes ", " reports ")
#: A page's tail under the story (related headlines, tags, dates, share words, footers) starts
#: after the story's last line of running text: a sentence of at least ``_TAIL_SENTENCE``
#: characters ending in a stop, or a line of at least ``_TAIL_LONG_LINE`` characters, and the
#: short sentences right under it. It is left out when it is at least ``_TAIL_LEAST`` paragraphs
#: and the story above holds at least ``_TAIL_STORY_SENTENCES`` lines of running text.
_TAIL_SENTENCE = 90
_TAIL_LONG_LINE = 200
_TAIL_LEAST = 5
_TAIL_STORY_SENTENCES = 3
#: What may close a sentence after its last stop: quotation marks, brackets, emphasis marks.
_TAIL_CLOSERS = "'\"’”)]*_ "
#: Other stories' teasers under the story: a short date line every few lines (at least
#: ``_TEASER_DATES`` of them, each at most ``_TEASER_GAP`` paragraphs below the one before), each
#: beside a headline or a summary cut off (``... putting more points in (…)``), never a finished
#: sentence (a timeline's dated paragraphs are).
_TEASER_DATES = 3
_TEASER_GAP = 3
_TEASER_DATE_LINE = 60
_CUT_OFF_ENDS = ("…", "...")
_TAIL_STOPS = frozenset(".!?…।")
#: A call to subscribe, sign up or get the outlet's app among the last lines, under the story:
#: ``Subscribe to our newsletters``, ``Sign up for the Example Times newsletter.``, ``Download
#: the Example News app.``, ``Get our best stories every morning: Sign up for The Brief.`` It and
#: the short lines under it (at most ``_CALL_REACH`` lines from the end, each shorter than
#: ``_TAIL_LONG_LINE``) are the page's.
_CLOSING_CALL = re.compile(
    r"(?:Subscribe\b|Sign up\b|Download (?:the|our)\b.{0,40}\bapp\b)"
    r"|.{0,80}?[:.!] (?:Subscribe|Sign up) (?:to|for)\b",
    re.IGNORECASE,
)
_CALL_REACH = 4
#: A call after a sentence on its line (``Get our best stories: Sign up for The Brief.``) stands
#: on a line shorter than this.
_CALL_INSIDE_LINE = 160
#: A note under a story on suicide or mental health naming where readers find help (``In the
#: UK, Samaritans can be contacted on 116 123.``, ``If you or someone you know is struggling,
#: call or text 988.``): it opens so, and names a helpline with its number.
_HELPLINE_OPENING = re.compile(
    r"(?:In the (?:UK|US|U\.S\.)|In (?:Australia|Canada|Ireland|New Zealand)"
    r"|If you(?:'re|’re| are| or (?:someone|anyone))|Anyone (?:affected|who)"
    r"|(?:Help|Support) is available|For (?:confidential )?support)\b"
)
#: The first two letters of those openings: a paragraph opening otherwise is no such note.
_HELPLINE_HEADS = frozenset(("In", "If", "An", "He", "Su", "Fo"))
_HELPLINE = re.compile(
    r"\b(?:helplines?|lifeline|samaritans|crisis (?:line|text line|support)|hotline|childline)\b",
    re.IGNORECASE,
)
#: A press release closes with notes that are not the news: a heading on the issuer
#: (``About Example Corp``) over its standard description, and a heading for the press
#: contact (``Media contact:``, ``For more information, please contact:``) over a name, an
#: e-mail address and a telephone number. Such a heading, among the last :data:`_RELEASE_REACH`
#: paragraphs and at most :data:`_RELEASE_HEADING_CHARS` long, opens the notes when the notes
#: hold an e-mail address (:data:`_CONTACT_ADDRESS`).
_RELEASE_HEADING = re.compile(
    r"About [A-Z0-9][^.!?]*"
    r"|(?:(?:Media|Press|Investor|News)(?: Relations)? [Cc]ontacts?|Contacts?)(?: ?:.*)?"
    r"|For (?:more|further|additional) information\b.*\bcontact:?"
)
_RELEASE_FIRSTS = frozenset("AMPINCF")
_RELEASE_REACH = 8
_RELEASE_HEADING_CHARS = 100
#: An e-mail address (``jane.roe@example.com``), found from its "@": searched from the start of
#: its name, the pattern would be tried at every letter of a long line with no space and no
#: address (CJK text), scanning the rest of the run each time.
_CONTACT_ADDRESS = re.compile(r"(?<=[\w.+-])@[\w-]+(?:\.[\w-]+)+")
#: The first two letters of a line such a call opens (``Subscribe``, ``Sign up``, ``Download``,
#: in any case); a call after a sentence is found by its words (a line with neither is not
#: matched).
_CALL_HEADS = frozenset(("Su", "SU", "su", "Si", "SI", "si", "Do", "DO", "do"))
#: The first letters of those calls and notes: a long last line opening otherwise ends the text
#: with neither (a call above such a line is not looked for).
_CLOSING_INITIALS = frozenset("SsDdIAHF")
#: A heading of the keywords or tags a tool lists under the text, among its last lines.
_KEYWORDS_HEADINGS = frozenset(("keywords", "keywords:", "tags", "tags:", "tag", "tag:", "topik:"))
_KEYWORDS_HEADING_LONGEST = max(map(len, _KEYWORDS_HEADINGS))
#: A credit line naming who contributed reporting ("... contributed to this report.").
_CONTRIBUTED = re.compile(
    r"\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.$", re.IGNORECASE
)
#: A bare "... contributed." is a credit only when it names reporters by their role or by nothing
#: but names ("Jane Roe and Tom Lee contributed."); "Several factors contributed." is text.
_BARE_CONTRIBUTED = "contributed."
_REPORTER_ROLE = re.compile(
    r"\b(?:writers?|reporters?|correspondents?|journalists?|staff|producers?|researchers?)\b",
    re.IGNORECASE,
)
_ONLY_NAMES = re.compile(r"^(?:(?:[A-Z][\w.'’-]*|and|&),?\s+)+contributed\.$")
#: The longest text ``_CONTRIBUTED`` matches ("contributed reporting to this article."): the
#: search starts this far from the line's end, not at every word of the line.
_CONTRIBUTED_REACH = len("contributed reporting to this article.")
_CONTRIBUTED_TAIL = "buted"
#: The last letters of the words the pattern ends with, in both cases.
_CONTRIBUTED_LAST = "dDgGtTyYeE"
#: A bar of links in the body (a podcast's or an app's channels, a menu): after an optional label
#: and its colon (``Listen now and subscribe:``), at least this many items split by bars, each of
#: a few words and none a sentence.
_BAR_ITEMS = 3
_BAR_ITEM_WORDS = 3
#: A date written the American way: the month's name before the day and a comma before the year
#: (``February 8, 2024``), with a twelve-hour clock (``5:34 AM``). A zone abbreviation of such a
#: date that is ambiguous on its own (``CST``, ``MST``) is then the United States' one.
_US_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b",
    re.IGNORECASE,
)
_TWELVE_HOUR_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*[ap]\.?m\b\.?", re.IGNORECASE)
_US_LANGUAGE = "en-US"
#: A writer's name alone on the dump's last line, set apart by a blank line below a body written
#: one paragraph a line: its words, and how many lines right above it (the body's) are not blank.
_CLOSING_NAME_WORDS = (2, 4)
_CLOSING_NAME_BODY = 3
#: A first line in Title Case of this many words is a headline, even with a full stop after it.
_TITLE_CASE_WORDS = (4, 20)
#: A dash between spaces, as a window title sets it before the site's name.
_SPACED_DASHES = (" - ", " – ", " — ")
#: The last characters of a sentence that no headline ends with (a question's mark it may).
_HEADLINE_NO_ENDS = frozenset(".…")
#: The short words a headline in Title Case leaves in lower case (``Homes After a Night of Rain``,
#: ``Rumah di Pinggiran Kota``, ``Hujan Lebat di Kampung``): articles, prepositions, conjunctions.
_HEADLINE_SMALL_WORDS = frozenset(
    (
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor"),
        *("by", "from", "with", "as", "into", "onto", "over", "than", "vs", "via", "per"),
        *("di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "dalam"),
        *("oleh", "bagi", "akan", "soal", "usai", "jadi", "kepada", "ini", "itu", "tak"),
    )
)
#: A line asking readers to write to the writer or the outlet at an address, among the last
#: lines (``Write to Jane Doe at jane.doe@example.com``, ``... Send your story ideas to ...``).
_CONTACT_LINE = re.compile(
    r"(?:^|[.!?]\s+)(?:write to|send (?:your|us)|e-?mail us|contact us)\b[^@]{0,200}@\S",
    re.IGNORECASE,
)
#: A writer's signature closing the story: a dash and a name of two to four words
#: (``– Jane Doe``, ``-- By Jane Doe``); a hyphen alone opens a list's item.
_DASH_SIGNATURE = re.compile(r"^(?:--|[–—])\s?(?:By\s+)?(?P<name>[^\s–—-]+(?: [^\s–—]+){1,3})$")
#: A wire story's closing note on its writer: ``Doe writes for the Associated Press.``
_WRITES_FOR = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:writes|reports) for (?:the )?[A-Z]"
)
#: A dateline whose marks were stripped: a place in capitals (and a state's short name) before
#: the lede's first capitalised word, read in a lede whose first this many characters hold
#: none of the marks below.
_STRIPPED_PLACE = re.compile(
    r"(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2}(?: [A-Z][a-z]{1,3})?) (?=[A-Z][a-z])"
)
_STRIPPED_LEDE = 400
#: The marks such a scraper strips, none of which a lede of running text goes without so long.
_STRIPPED_MARKS = (",", ".", "(", ")", '"', "“", "”")
#: A dateline standing alone on a header line: a place of up to three words in capitals, a comma
#: and the outlet's address (``JAKARTA, Kabar.com``; a name in title case there is a reporter's,
#: ``Jane Roe, Kabar.com``); it has at most this many words.
_PLACE_OUTLET_LINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}), "
    r"(?P<outlet>[A-Za-z0-9][\w-]*\.(?i:com|co\.id|net|org|id|my|tv))$"
)
_PLACE_OUTLET_WORDS = 4
#: A wire story's closing note on where its writers reported from, under the text or after its
#: closing rule: ``Doe reported from Atlanta.``, ``____ Doe and Roe reported from Paris.``,
#: ``Jane Doe reported from Seoul, and John Roe from Hong Kong.`` The names are the authors.
_REPORTED_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
_PLACE = r"[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3}"
_REPORTED_FROM = re.compile(
    rf"^(?:_{{2,}}\s*)?(?P<names>{_REPORTED_NAME}(?:(?:,| and|, and) {_REPORTED_NAME})*)"
    rf" reported from {_PLACE}(?:,? and (?P<other>{_REPORTED_NAME}) from {_PLACE})?\.(?:\s|$)"
)
#: A line closing a story with how to reach or follow its writer: ``Reach Jane Doe at ...``,
#: ``Jane Doe can be reached at ...``, ``Jane Doe: 555-0100, jdoe@example.com``, ``Follow Jane
#: Doe on X: @janedoe``, ``Follow her on Instagram``. The name it gives is the author's.
#: ... in a line of fewer words than this (a paragraph of the story is longer).
_CONTACT_WORDS = 20
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}"
_NETWORK = r"(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon|LinkedIn|TikTok)\b"
_WRITER_CONTACT = re.compile(
    rf"^(?:(?i:reach|contact|e-?mail|call)\s+(?P<reach>{_NAME})\s+(?i:at|via|by)\b"
    rf"|Follow\s+(?:(?:reporter|writer|columnist|correspondent)\s+)?(?:(?P<follow>{_NAME})"
    rf"|him|her|them)\s+on\s+{_NETWORK}"
    rf"|(?P<named>{_NAME})(?:\s+(?:can|may)\s+be\s+(?:reached|contacted|e-?mailed)\b"
    r"|\s+covers\s+[^.]{1,80}\.\s+(?i:reach|follow|contact|e-?mail)\s+(?:him|her|them)\b"
    rf"|\s*[:,]\s+(?=\S+@\S+\.\w|(?:\(?\d{{3}}\)?[ .-]?)?\d{{3}}[ .-]\d{{4}})))"
)
#: A paragraph of a story written as HTML opening with an inline element of nothing but a place
#: in capitals (``<p><span class="location">CHICAGO</span> The ...``), then a capitalised word.
_DATELINE_ELEMENT = re.compile(
    r"(?P<open><p(?:\s[^<>]{0,200})?>\s*)<(?P<tag>span|b|strong)(?:\s[^<>]{0,200})?>"
    r"(?P<place>[A-Z][A-Z.'-]*(?:[ ,]{1,2}[A-Z][A-Za-z.'-]*){0,3})</(?P=tag)>\s+(?=[A-Z])"
)
#: A picture's credit behind its hidden label, alone on its line (``Image copyright Agency``), the
#: caption's label that may follow it on the next line, and a video player's notice.
_READER_CREDIT = re.compile(r"^Image (?:copyright|source),? (?P<credit>\S.{0,80})$")
_CAPTION_LABEL = "Image caption"
_PLAYER_NOTICE = "Media playback is unsupported on your device"
_READER_CREDIT_NOTE = "a picture's credit label"
#: A gallery's counter opening a picture's caption: ``1 of 4.``, ``[1/5]``.
_GALLERY_COUNTER = re.compile(r"(?:\[\d{1,3}/\d{1,3}\]|\d{1,3} of \d{1,3}\.)\s+(?=\S)")
_COUNTER_FIRSTS = frozenset("[0123456789")
#: The spaces a headline under a section's label holds at least (three words).
_HEADLINE_SPACES = 2
#: What a photo label may name besides a credit: the kind of picture (``Gambar hiasan``, an
#: illustrative picture; ``Gambar fail``, a file picture), which credits no one (in the cases a
#: page sets it in, looked up as written).
_PICTURE_KINDS = frozenset(
    cased for kind in ("hiasan", "fail") for cased in (kind, kind.title(), kind.upper())
)
#: A photo label and such a kind alone on a line (``Gambar hiasan``): a note on the picture above
#: or below, no caption and no paragraph.
_PICTURE_KIND_NOTE = re.compile(r"(?:gambar|foto)\s?:?\s?(?:hiasan|fail)\.?", re.I)
_PICTURE_KIND_NOTE_LONGEST = 16
_PICTURE_KIND_NOTE_NAME = "a note on the kind of a picture"
#: A caption printed twice has at least this many words (a shorter line is a label or a name).
_REPEATED_CAPTION_WORDS = 4
#: The first words of a post signing a press release under the official's name (English,
#: Indonesian and Malay: ``Head of ...``, ``Kepala ...``, ``Ketua Pengarah ...``), and the most
#: words such a line has.
_POSITION_OPENINGS = frozenset(
    (
        "head",
        "director",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "kepala",
        "kabag",
        "kabid",
        "kasubbag",
        "kasubag",
        "direktur",
        "juru",
        "jubir",
        "sekretaris",
        "ketua",
        "plt",
        "plh",
        "pengarah",
        "timbalan",
    )
)
_POSITION_WORDS = 14
#: A line printed twice in a row is the page's (a caption, a link) with at most this many words.
_DOUBLED_WORDS = 25
#: Capitalised names of up to four words joined by slashes, as a picture's credit gives them.
_SLASHED_NAMES = (
    r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}(?:/[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}){1,3}"
)
#: The same, a slash with a space on either side or on neither (``Jane Doe / Agency``).
_SPACED_SLASHED_NAMES = (
    r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
    r"(?:(?:/| / )[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}){1,3}"
)
#: A picture's credit on a line of its own: capitalised names joined by slashes, a few words
#: (``Jane Doe/Agency/Getty Images``).
_CREDIT_LINE = re.compile(rf"^{_SLASHED_NAMES}$")
#: The opening of a caption that says what the picture shows (``This image shows ...``, ``In this
#: Jan. 5, 2023, file photo, ...``).
_DESCRIBED_PICTURE = re.compile(
    r"^(?:This|In this)\b[^.]{0,40}?\b(?:image|photo|photograph|picture|video still|screenshot)"
    r"\b[^.]{0,60}?\b(?:shows|provided by|released by|taken|made from|from video)\b"
)
#: The first two letters of such a caption (the pattern is case-sensitive), and their first.
_DESCRIBED_OPENINGS = frozenset(("Th", "In"))
#: A picture agency's credit opening a caption that a page printed before its text, run into one
#: line (``Agency Images There are calls for ...``): a short line with no sentence's end and no
#: slash, the caption's first word capitalised.
#: (The agencies are :data:`~newsparse._normalize.phrases.PICTURE_AGENCIES`.)
_CREDIT_FIRST = re.compile(
    rf"^(?P<credit>(?:{'|'.join(map(re.escape, PICTURE_AGENCIES))})(?: via Getty Images)?) "
    r"(?P<text>[A-Z][\w'’-]* [^/]{8,250})$"
)
_CREDIT_FIRST_OPENINGS = tuple(f"{agency} " for agency in PICTURE_AGENCIES)
_CREDIT_FIRST_WORDS = 30
#: The first letters of those credits (with a slash, a colon and a space, and the openings of
#: _DESCRIBED_OPENINGS, what a line needs for :func:`_described_picture` to read it).
_CREDIT_FIRST_FIRSTS = frozenset(opening[0] for opening in _CREDIT_FIRST_OPENINGS)
#: The closing brackets of :data:`~newsparse._text.lines.CREDIT_ENDS` (each end is one, alone or
#: with a full stop after it).
_CREDIT_CLOSERS = "".join(sorted({end[0] for end in CREDIT_ENDS}))
#: A standfirst without a full stop under the title has at least this many words; a line ending
#: in one of these marks ends a sentence, or goes on (a colon), or is a list's or a quote's.
_OPEN_STANDFIRST_WORDS = 12
#: A standfirst written right under the title (no blank line between) has this many words at least.
_GLUED_STANDFIRST_WORDS = 6
_OPEN_ENDS = frozenset(".!?:;,\"”’')]…-–—")
#: Where a name runs on into a date written with the month's name (``Jane DoeJuly 24, 2022``).
#: (The month's three letters open the pattern, the lowercase letter before them looked back at
#: from their end: a search skips at C speed to a capital that may open a month, where a pattern
#: opening with a look-behind is tried at every character. ``Sept`` is ``Sep`` and a letter.)
_GLUED_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<=[a-z]...)[a-z]*\.? \d{1,2}\b"
)
#: A page widget's line copied with the text: a reading time (``< 1 MIN READ``, ``5 min read``)
#: or a share button's label (``facebook sharing button``).
_WIDGET_LINE = re.compile(
    r"^(?:<\s*)?\d{1,2}\s*(?:min|mins|minute|minutes)\.?\s+read$|^\w+ shar(?:e|ing) button$",
    re.IGNORECASE,
)
_WIDGET_WORDS = 4
#: The last characters of a line :data:`_WIDGET_LINE` matches ("read", "button", in any case;
#: and a line break, which its end may stand before): another line is not searched.
_WIDGET_ENDS = frozenset("dDnN\n")
#: A dash alone on its line, and how many words the dateline above it has at most.
_LONE_DASHES = frozenset(("-", "--", "–", "—"))
_LONE_DATELINE_WORDS = 4
#: A page's header date glued among other words of the dump's first line, as Indonesian pages
#: print it: a day (a weekday may open it), a clock time with a colon and a zone of Indonesia
#: (``Kamis, 14 Agu 2025 15:08 WIB``, ``14/08/2025, 18:20 WITA``). A time written with a dot or
#: after ``pukul`` ("at") is a time in the story's text, not read. Looked for in the line's head.
_GLUED_ZONED_DATE = re.compile(
    r"(?:\b[A-Z][a-z]{3,5},\s+)?\b(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+|\d{1,2}/\d{1,2}/)(?:19|20)\d\d,?"
    r"\s+\d{1,2}:\d\d\s+(?:WIB|WITA|WIT)\b"
)
_GLUED_DATE_REACH = 400
#: A page flattened onto its first line (every block joined with spaces) is at least this long;
#: a date labelled ``Published`` (with a space or none before the colon) glued among its words,
#: a month's name, day, year and clock time, is looked for in this much of its head.
_FLATTENED_LINE = 300
_FLATTENED_HEAD = 1200
_GLUED_PUBLISHED = re.compile(
    r"\bPublished ?: ?(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? "
    r"\d{1,2}, (?:19|20)\d\d,? \d{1,2}:\d\d ?[AaPp]\.?[Mm]\b\.?)"
)
#: A writer's name run into such a label, and how far before it the name may start.
_NAME_BEFORE_LABEL = re.compile(r"((?:[A-Z][a-z’'-]+ ){1,2}[A-Z][a-z’'-]+) $")
_NAME_REACH = 50
#: A dateline closing the line over the lede (``Baca tanpa iklan. BEKASI, KABAR.com -``): the most
#: words it and its dash take, and the most words its place takes before the comma.
_TAIL_DATELINE_WORDS = 7
_DASH_ENDS = frozenset("-–—")
#: What a page's header run into its first line ends with: the lede's dateline's dash, or the
#: editors' initials or an embed's placeholder after it (at most this many marks).
_HEADER_RUN_ENDS = frozenset("-–—)]")
_CLOSING_MARKS = 3
_TAIL_PLACE_WORDS = 3
#: The writer's label and name glued into such a line before the editor's label (``Penulis: Jane
#: Doe Editor: John Roe``).
_GLUED_WRITER = re.compile(
    r"(?:^|\s)(?:Penulis|Pewarta|Wartawan|Reporter)\s*:\s*"
    r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+(?:Editor|Penyunting|Redaktur)\s*:"
)
#: A caption closed by a labelled credit (``The mayor at the quay. Photograph: Jane Doe``): its
#: text (a sentence's end, or a spaced dash or bar, closes it), a picture's label, and a credit of
#: a few words holding no sentence's end (a full stop inside a name, ``J.Doe``, is no end); first
#: the picture labels it reads, lowered.
_CREDIT_LABEL_WORDS = frozenset(
    (
        "photo",
        "photos",
        "foto",
        "fotos",
        "photograph",
        "picture",
        "pic",
        "image",
        "bild",
        "credit",
        "composite",
    )
)
_LABELLED_CAPTION = re.compile(
    r"^(?P<text>\S.{8,}?(?:[.!?][\"”’)]?|\s[-–—|]))\s"
    rf"(?i:{'|'.join(sorted(_CREDIT_LABEL_WORDS, key=lambda word: (-len(word), word)))}):\s"
    r"(?P<credit>[^\s.!?:](?:[^.!?:]|\.(?=\S)){0,78}[^\s.!?:])$"
)
#: How far from a line's end the colon of such a credit stands at most, and the caption's words.
_LABELLED_CREDIT_REACH = 82
#: What such a credit never ends with (a line ending so needs no look for one).
_NO_CREDIT_ENDS = frozenset(".!?:")
_LABELLED_CAPTION_WORDS = 60
#: A short caption in the body with its credit after its last sentence, names joined by slashes
#: (``The mayor at the quay. Jane Doe/Agency Images``): its words at most, and the credit's reach.
_CREDITED_CAPTION = re.compile(
    rf"^(?P<text>.{{10,}}[.!?][\"”’]?) (?P<credit>{_SPACED_SLASHED_NAMES}"
    r"(?:, via [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2})?)$"
)
_CREDITED_CAPTION_WORDS = 40
#: An outlet's name put before the headline by a digest (``Daily Times: Harbour reopens ...``):
#: up to four capitalised words ending with a word that names news outlets.
_OUTLET_PREFIX = re.compile(
    r"^(?:The )?(?:[A-Z][\w.&'’-]* ){0,3}(?:Times|Post|News|Journal|Herald|Tribune|Guardian"
    r"|Telegraph|Chronicle|Gazette|Daily|Press|Review|Observer|Standard|Mail|Express):\s+"
    r"(?=[A-Z\"“‘'])"
)
_CREDIT_TAIL = 60
#: A caption's credit in capitals after its last sentence: ``... (3/1/2021). KABAR KOTA/ANI LESTARI``.
_CAPITALS_CREDIT = re.compile(
    r"(?<=[.!?)\"”’]) (?P<credit>[A-Z][A-Z0-9.&'’ -]{1,40}/[A-Z][A-Z.&'’ -]{1,40})$"
)
#: A dateline's dash or dashes glued to the first word of the text (``JAKARTA --Periode``,
#: ``JAKARTA -Harga``), near the paragraph's start.
_GLUED_DASHES = re.compile(r"(?<=\S) (?:--?|[–—])(?=[A-Z\"“])")
_GLUED_DASHES_REACH = 80
#: An outlet's name in brackets opening the first paragraph, after at most three capitalised
#: words of a place and before the lede, with no dash (``Portville (ABC News) The ...``) or a bar
#: (``PORTVILLE (ABC) | The ...``): the name opens with an acronym.
_OUTLET_OPENING = re.compile(
    r"^(?P<printed>(?:(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) )?"
    r"\((?P<outlet>[A-Z][A-Z0-9&]+(?: [A-Z][\w&.'’-]*){0,2})\))(?:\s*\|)?\s*(?=[A-Z\"“‘])"
)
_OUTLET_REACH = 60
#: A dateline's place in capitals in square brackets opening the lede, a dash after it or none
#: (``[JAKARTA] Warga ...``, ``[KOTA BARU] - Warga ...``): up to three words.
_BRACKETED_PLACE = re.compile(
    r"^\[(?P<place>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2})\]\s*(?:(?:--?|[–—])\s+)?(?=[A-Z\"“‘])"
)
#: The separator between a dateline's place and its outlet in ``JAKARTA | CONTOH.COM - ...``.
_PLACE_BAR = " | "
_PRESS_RELEASE_REACH = 90
#: How far into a lede the colon of a dateline in title case stands at most (``Mumbai: ...``).
_TITLED_DATELINE_REACH = 32
#: How far into a line the comma after the first name of a byline with affiliations stands.
_AFFILIATED_NAME_REACH = 62
#: The buttons a byline box run into one line may hold, and the fewest words of such a line
#: (a date, a name, a job title); the date opens it in two to four words.
_BOX_BUTTONS = frozenset(("Share", "Save"))
_FLAT_BOX_WORDS = 5
_FLAT_BOX_DATE_WORDS = (2, 4)
#: An outlet's address, a comma and a place of one or two capitalised words opening the first
#: paragraph with no dash before the lede (``Example.com, Jakarta Warga ...``): the lede's first
#: word is capitalised and a word in lower case follows it.
_DOMAIN_OPENING = re.compile(
    rf"^(?P<printed>(?P<outlet>[A-Za-z0-9][\w-]*\.{OUTLET_TLD}), "
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)) (?=[A-Z][a-z]+ [a-z])"
)
#: A press release's dateline: a place of up to three parts, the day, the wire's name between
#: slashes and a dash (``KOTA CONTOH, ST, May 22, 2025 /Example Wire/ --``). A dump that kept
#: JSON's escapes may write the dash as one (a backslash, ``u2013``).
_PRESS_RELEASE_OPENING = re.compile(
    r"^(?P<printed>(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*){0,2}), "
    r"(?P<day>[A-Za-z]{3,9}\.? \d{1,2}, (?:19|20)\d\d) ?/[A-Za-z][\w .-]{0,30}/) ?"
    r"(?:-{1,2}|[–—]|\\u201[34]) "
)
#: Words in brackets opening a paragraph that name no outlet, and a place's opening articles.
_NOT_OUTLET = re.compile(
    r"(?i:updated?|video|photos?|watch|lead|urgent|corrected|correction|refile|exclusive|live|"
    r"breaking|opinion|analysis|sponsored|ad|advertisement|audio|podcast|foto|berita|infografis|"
    r"eksklusif|opini|advertorial|iklan|hoaks|galeri|terkini|viral|populer|cek|kolom|editorial)$"
)
_ARTICLES = frozenset(("The", "A", "An"))
#: A dump indents its paragraphs when this share of its (at least this many) non-blank lines
#: opens with this many columns of blanks or more (a tab reaching the next stop of eight).
_INDENT = 4
_MIN_INDENTED_LINES = 10
_INDENTED_SHARE = 0.8
#: A line opening with a space or a tab, then a character (a line of blanks alone is a blank
#: line). A pattern, not ``in``: the regex's search for a rare first character is faster than
#: str's over a text full of spaces.
_SPACED_LINE = re.compile("\n[ \t]+[^ \t\n]")
#: A short prompt to click for more among the last lines, cut off where its link stood
#: (``For more click on``): the word "click", and a closing "on", "to", "at" or "via" after it
#: (see :func:`_is_click_prompt`).
_CLICK = re.compile(r"\bclick\b", re.IGNORECASE)
_PROMPT_END = re.compile(r"\b(?:on|to|at|via)$", re.IGNORECASE)
#: Where ``_PROMPT_END`` starts at the earliest, from a line's end: its longest word, and a line
#: break that ``$`` may stand before.
_PROMPT_END_REACH = len("via") + 1
_PROMPT_WORDS = 8
#: The labels of a link to another story or a video set among the paragraphs (``READ: ...``).
_LINK_LABELS = frozenset(
    (
        "read",
        "watch",
        "listen",
        "related",
        "related story",
        "related article",
        "also read",
        "must read",
        "don't miss",
        "don’t miss",
        "more",
        "see also",
        "read also",
        "read more",
        "learn more",
        "opinion",
    )
)
_LINK_LABEL_REACH = max(map(len, _LINK_LABELS)) + 1
#: A label run into a link to another story, as a page's bold label and link lose their space:
#: ``Keating:Air Force agrees to pay ...``, ``Listeria outbreak:Salad kit ...`` (one to four
#: words, the colon right against the headline's capital), or a link label in capitals before
#: the headline (``LEARN MORE Michigan House ...``).
_GLUED_LINK = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}:(?=[A-Z])")
_CAPITALS_LINK = re.compile(
    r"(?:LEARN MORE|READ MORE|READ ALSO|ALSO READ|SEE ALSO|RELATED) (?=[A-Z][a-z])"
)
#: The first five characters of :data:`_CAPITALS_LINK`'s labels: a line opening otherwise, and
#: ending in a full stop, is no such link.
_CAPITALS_LINK_HEADS = frozenset(("LEARN", "READ ", "ALSO ", "SEE A", "RELAT"))
#: ... their first letters (a test of the first character before the slice).
_CAPITALS_LINK_FIRSTS = frozenset(head[0] for head in _CAPITALS_LINK_HEADS)
#: The most words of the headline after such a label, and the fewest after a colon (a name
#: written with a colon, ``Halo:Reach Team``, is shorter).
_GLUED_LINK_WORDS = 40
_GLUED_HEADLINE_SPACES = 3
#: How far into the line the colon of a label run into its link stands at most.
_GLUED_LABEL_REACH = 60
#: The first two letters of the labels, in any case: a line opening otherwise is no link.
_LINK_HEADS = frozenset(
    first + second
    for label in _LINK_LABELS
    for first in (label[0], label[0].upper())
    for second in (label[1], label[1].upper())
)
#: A link to another story with no ``label: `` form: a call to read more with no colon (``Read
#: more flood news from the valley``), as a scraper keeps an inline link's text. (A label glued
#: to its headline, ``Flood watch:Rivers crest as rain moves east``, is :data:`_GLUED_LINK`'s.)
_BARE_LINK = re.compile(r"[Rr]ead more(?: [^\W\d_]+){4}")
#: Such a link has at most this many words.
_BARE_LINK_WORDS = 25
#: Its first character, where a capital opens it (the only capital :data:`_BARE_LINK` opens with).
_BARE_LINK_FIRSTS = frozenset("R")
#: The title of a video the page embeds between the paragraphs, kept with the player's running
#: time (``Officials speak on the flood 01:45``, ``Voters on the new bridge (full) 05:38``): a few
#: words ending like no sentence, then minutes and seconds (hours may lead). A clock time after
#: a preposition (``... resumes at 10:30``) is text's.
_VIDEO_TITLE = re.compile(r"^(?P<title>\S.{0,120}?[^\s.!?:;,])\s(?:\d{1,2}:)?[0-5]?\d:[0-5]\d$")
_VIDEO_TITLE_WORDS = 16
#: A video's title has at least this many words: a shorter line before a clock time is a time
#: stamp's label (``Today at 20:07``, ``Updated 12:56``, ``Duration 1:30``).
_VIDEO_TITLE_LEAST = 4
_BEFORE_CLOCK = frozenset(
    ("at", "in", "on", "from", "to", "until", "till", "by", "before", "after", "pukul", "jam")
)
#: A line in capitals of this many words among mixed-case paragraphs is a teaser, not a subhead.
_TEASER_WORDS = 9
#: ... and this share of its letters at least are capitals (not letters of a script without case).
_TEASER_CASED = 0.8
#: A related headline in title case: its words, how long a word is not a short one, the share
#: of the longer words capitalised, and what it does not end with.
_TITLED_WORDS = 8
_TITLED_LONG = 4
_TITLED_SHARE = 0.8
_TITLED_ENDS = frozenset('.!?:;,"”')
#: A post embedded from a social network, as an extractor writes it: the line naming who posted it
#: and when (``— Jane Doe (@janedoe) May 2, 2020``), right under the post's text, whose last word
#: is the post's link (``... example.com/AbC123``).
_POST_SIGNATURE = re.compile(r"^(?:--|[—–-])\s?[^()]{1,80}\(@\w{1,30}\)\s.{1,30}\d{4}$")
_POST_SIGNATURE_NOTE = "the signature of an embedded post"
#: ... and the post's text with its signature glued at its end (``... today. @ExampleNews— Jane
#: Doe (@janedoe) May 2, 2020``): the whole line is the post.
_GLUED_POST = re.compile(r"\S\s?(?:--|[—–])\s?[^()—–]{1,80}\(@\w{1,30}\)\s[^()]{1,30}\d{4}$")
_LINK_WORD = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S*")
#: An editor's note on a video or picture the page shows (``Editor's note: The above video was
#: published on Nov. 1, 2023.``): the page's, not the story's.
_MEDIA_NOTE = re.compile(
    r"^Editor[’']s note:.{0,40}\b(?:video|photo|photograph|gallery|audio|podcast)s?\b.{0,80}$",
    re.IGNORECASE,
)
#: A wire story's note of an exchange rate, in brackets on its own line: ``($1 = 0.8079 pounds)``.
_RATE_NOTE = re.compile(r"^\((?:[$€£¥]|[A-Z]{2,3}\$?)\s?1 = [^()=]{1,40}\)$")
#: A byline glued between two sentences of a feed's description, without spaces
#: (``...the weekend.By Jane DoeA major project ...``): "By" right after a sentence's end, then a
#: name of two to four capitalised words whose last runs into the next sentence's capital.
_GLUED_BYLINE = re.compile(
    r"(?<=[.!?\"”’])By ((?:[A-Z][\w’'-]*\s){1,3}[A-Z][a-z’'-]*[a-z])(?=[A-Z])"
)
#: How far into the first paragraph such a byline may stand.
_GLUED_BYLINE_REACH = 400


#: Up to this many writers, a name is looked for in their list (see _Fields.add_authors).
_FEW_AUTHORS = 16


@attrs.define
class _Fields:
    """What the walk has found so far; private and short-lived (one per parse)."""

    title: str | None = None
    authors: list[str] = attrs.Factory(list)
    # ``authors`` as a set, once they are many (see add_authors); ``None`` before.
    known_authors: set[str] | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    dateline: str | None = None
    site_code: str | None = None
    site_name: str | None = None
    tags: list[str] = attrs.Factory(list)
    known_tags: set[str] = attrs.Factory(set)  # ``tags`` as a set: a dump may hold thousands
    paragraphs: list[str] = attrs.Factory(list)
    captions: list[Caption] = attrs.Factory(list)
    warnings: list[str] = attrs.Factory(list)
    facts: LineFacts = attrs.Factory(lambda: LineFacts(clean=True))  # it reads prepare_lines
    byline_label: str | None = None  # a byline's label on a line of its own, the name below it
    window_site: str | None = None  # the site's name after a bar in a window title opening the dump
    pictures: set[str] = attrs.Factory(set)  # text after a picture on its line: its caption
    appended: set[str] = attrs.Factory(set)  # the lines under a rule below the text: added matter
    link_lines: set[str] = attrs.Factory(set)  # lines of nothing but links above the lede
    continued: set[str] = attrs.Factory(set)  # lines going on with the paragraph above them
    date_above: tuple[DateMatch, str] | None = None  # a date line right above the headline
    writers_above: tuple[str, ...] = ()  # a byline's label and name right above the headline
    # The first date line refused for a month name of several languages ("12 listopada 2023"),
    # and the first refused as an all-numeric date either order reads ("8/5/2024"): the body's
    # language or the dump's other dates may settle them (see _settle_refused).
    month_clash: RefusedDate | None = None
    order_clash: RefusedDate | None = None
    # The day a whole page's window title dates it (see _read_window_date): a date line of that
    # day in the text is the same date shown again.
    window_day: dt.date | None = None
    text: str = ""  # the dump as given, for the few questions its cleaned lines cannot answer
    fetched: bool = False  # the date is the time a collector fetched the page (a header's wins)
    description: str | None = None  # a standfirst between the title and the byline or date
    url: str | None = None  # the page's address the dump states (a header's field or line)
    field_authors: bool = False  # a tool's author field was read (it may name only some)
    labelled_body: bool = False  # the text opens behind a tool's body label ("Body: The ...")
    body_label: bool = False  # a tool's body label stands above the text, alone or with it
    body_heads: set[str] = attrs.Factory(set)  # a tool's body label as a heading ("## Article")
    # A header's credit line over its caption, waiting for it: the credit, the line under it,
    # and the warning (and its place) given if that line is no caption.
    held_credit: tuple[str, str, str, int] | None = None
    # The lines the header is read in, and where it starts (a bare CJK name's place in it).
    header: tuple[Sequence[str], int] = ((), 0)
    # The lines of ``text`` and each stripped, as prepare_lines split them (if it read them as
    # given): _drop_outdented reads them again.
    split: list[tuple[list[str], list[str]]] = attrs.Factory(list)
    # The lines prepare_lines gave, a tool's header block still among them: the lines read.
    prepared: Sequence[str] = ()

    def add_authors(self, names: tuple[str, ...]) -> None:
        authors = self.authors
        # Sections' labels joined ("Markets & Industries"): no one-word name in them is a writer.
        sections = len(names) > 1 and any(
            " " not in name and names_no_writer(name) for name in names
        )
        for name in names:
            if " " not in name and (sections or names_no_writer(name)):
                continue  # a section's label ("Opinion") or an outlet's name ("Kotahub")
            # A few writers are looked for in the list; many in a set beside it (a dump of
            # thousands of byline lines searched the list for each name: the square of their
            # number).
            if len(authors) < _FEW_AUTHORS:
                if name in authors:
                    continue
            else:
                known = self.known_authors
                if known is None:
                    known = self.known_authors = set(authors)
                if name in known:
                    continue
                known.add(name)
            authors.append(name)

    def has_author(self, name: str) -> bool:
        """Whether ``name`` is one of the writers found."""
        known = self.known_authors
        return name in known if known is not None else name in self.authors

    def add_date(self, match: DateMatch, line: str) -> None:
        if match.problem:
            self.warnings.append(f"date line {excerpt(line)!r}: {match.problem}")
            refused = refused_date(line, match)
            if refused is not None and refused.kind == "month":
                self.month_clash = self.month_clash or refused
            elif refused is not None:
                self.order_clash = self.order_clash or refused
        if match.value is None:
            return
        value = _in_us_zone(line, match.value)
        if boilerplate.is_update_line(line) or (not line.isascii() and is_cjk_update_line(line)):
            self.modified = self.modified or value
            if self.published is None or self.fetched:
                # (An update's date line may go on with the publication's date.)
                published = self.later_publication(line)
                if published is not None:
                    self.published = published
                    self.fetched = False
        else:
            if self.published is None or self.fetched or _zoned_again(self.published, value):
                self.published = value
                self.fetched = False
            if self.modified is None:
                self.modified = self.later_update(line)

    def later_update(self, line: str) -> dt.date | None:
        """The update's date a publication's date line states after it, else ``None``."""
        # (A line giving both dates writes a year twice, of this century or the last, and holds
        # the stem of an update label: the cheap tests first.)
        if line.count("20") + line.count("19") < 2 or _UPDATE_STEM.search(line.lower()) is None:
            return None
        later = _LATER_UPDATE.search(line)
        if later is None:
            return None
        match = self.facts.date(later.group("rest"))
        return None if match is None else match.value

    def later_publication(self, line: str) -> dt.date | None:
        """The publication's date an update's date line states after it, else ``None``."""
        if line.count("20") + line.count("19") < 2:
            return None
        later = _LATER_PUBLICATION.search(line)
        if later is None:
            return None
        match = self.facts.date(later.group("rest"))
        return None if match is None or match.value is None else _in_us_zone(line, match.value)

    def hold_credit(self, credit: str, below: str, warning: str) -> None:
        """Keep a header's credit line for the caption ``below`` it (see :meth:`add_caption`)."""
        self.held_credit = (credit, below, warning, len(self.warnings))

    def drop_held_credit(self) -> None:
        """Leave out, with its warning, a header's credit line the line below it did not take."""
        if self.held_credit is not None:
            _, _, warning, place = self.held_credit
            self.warnings.insert(place, warning)
            self.held_credit = None

    def add_caption(self, text: str, credit: str | None) -> None:
        if (
            self.held_credit is not None
            and credit is None
            and text == self.held_credit[1]
            and text.count(" ") < _HELD_CREDIT_SPACES
        ):
            credit, self.held_credit = self.held_credit[0], None  # the credit line over it
        if credit in _PICTURE_KINDS:
            if not text:
                self.warnings.append(f"left out {_PICTURE_KIND_NOTE_NAME}: {excerpt(credit)!r}")
                return
            credit = None  # ("Gambar hiasan" says only what the picture is)
        if credit and text.endswith(f" {credit}"):
            text = text[: -len(credit)].rstrip()  # the credit printed twice ("A/B (A/B)")
        if text[:1] in _BUTTON_FIRSTS and text.startswith(PICTURE_BUTTONS):
            # (A button's label over the picture is no part of its caption.)
            label = next(label for label in PICTURE_BUTTONS if text.startswith(label))
            if text[len(label) : len(label) + 1].isspace():
                text = text[len(label) :].lstrip()
        if text[:1] in _COUNTER_FIRSTS and (counter := _GALLERY_COUNTER.match(text)):
            text = text[counter.end() :]  # a gallery's counter ("1 of 4.", "[1/5]") is no text
        if text:
            self.captions.append(Caption(text=text, credit=credit))
        elif credit and self.captions and self.captions[-1].credit is None:
            # A credit on a line of its own ("Foto: ANTARA/Fulan") belongs to the caption above.
            self.captions[-1] = attrs.evolve(self.captions[-1], credit=credit)
        elif credit and self.paragraphs:
            # ... or turns the line above it into a caption.
            self.captions.append(Caption(text=self.paragraphs.pop(), credit=credit))
        elif credit:
            self.warnings.append(f"a photo credit names no caption: {excerpt(credit)!r}")


#: The first characters of the labels of :data:`PICTURE_BUTTONS`.
_BUTTON_FIRSTS = frozenset(label[0] for label in PICTURE_BUTTONS)


def _zoned_again(known: dt.date, value: dt.date | None) -> bool:
    """Whether ``value`` states the time ``known`` states, with the zone ``known`` lacks.

    A page may print its date line twice, once without the zone (``March 15, 2024 1:03 PM``) and
    once with it (``... 1:03 PM ET``): the second says more.
    """
    return (
        isinstance(known, dt.datetime)
        and known.tzinfo is None
        and isinstance(value, dt.datetime)
        and value.tzinfo is not None
        and value.replace(tzinfo=None) == known
    )


def _in_us_zone(text: str, value: dt.date | None) -> dt.date | None:
    """``value`` read from ``text``, with its time when ``text`` writes an American date.

    A time in a zone whose abbreviation is ambiguous on its own (``CST``: US Central, China or
    Cuba) keeps only its day; in a date written the American way (``5:34 AM CST February 8,
    2024``: the month's name before the day, a twelve-hour clock) it is the United States' zone.
    """
    if (
        value is None
        or isinstance(value, dt.datetime)
        or _TWELVE_HOUR_CLOCK.search(text) is None
        or _US_DAY.search(text) is None
    ):
        return value
    settled = parse_date(text, language=_US_LANGUAGE)
    if isinstance(settled, dt.datetime) and settled.date() == value:
        return settled
    return value


#: The most lines of a dump's body read in full for what they are (a byline, a date, a caption,
#: boilerplate, a list's item), once they are told no running text: past it the rest are kept as
#: paragraphs, unread. Such a line costs about ten microseconds (a dozen checks of a few each),
#: and a dump of nothing but short lines (a list, front matter, numbered lines) read them all.
#: The dumps of ``benchmarks.textsame`` and the tune set of real dumps read at most 4,727 lines
#: this way (an encyclopedia page as a dump; the next 2,702).
MAX_READ_LINES = 20_000
#: The most lines (blank ones aside) a dump may hold; longer ones are refused. The development
#: dumps hold at most 21,507 (a whole encyclopedia page). Each line costs a few microseconds,
#: more for one that looks like a byline, whatever its length: 50 MB of three-character lines
#: would take a minute.
MAX_DUMP_LINES = 200_000


def _check_lines(text: str) -> None:
    """Refuse a dump of over :data:`MAX_DUMP_LINES` lines that are not blank.

    Raises:
        InputTooLargeError: It holds more.
    """
    # (A text holds at most one such line for every two characters: the caller calls this only
    # for a longer one. Split and counted in C.)
    lines = text.splitlines()
    if len(lines) <= MAX_DUMP_LINES:
        return
    if len(lines) - lines.count("") - sum(map(str.isspace, lines)) > MAX_DUMP_LINES:
        msg = f"the text holds over {MAX_DUMP_LINES:,} lines; it is not a single news article"
        raise InputTooLargeError(msg)


def parse_text(text: str, *, cleaned: bool = False) -> Article:
    """Parse a plain-text article dump.

    ``cleaned`` says ``text`` is what :func:`~newsparse._decode.clean_text` gives for it.

    Raises:
        NotAnArticleError: The dump has no line that could be a title or a paragraph.
        InputTooLargeError: The dump holds over :data:`MAX_DUMP_LINES` lines (blank ones aside).
    """
    return read_text(text, cleaned=cleaned).article


#: The line breaks other than a line feed that :meth:`str.splitlines` reads in a cleaned text.
_OTHER_BREAKS = re.compile("\r\n?|[\u2028\u2029]")


def _line_feeds(text: str) -> str:
    """``text`` with a line feed for each other line break (CRLF, CR, U+2028, U+2029).

    Every rule reads a line feed as the line break: a dump written with CRLF (or CR, or
    Unicode's line and paragraph separators) lost paragraphs, its title or its authors to the
    rules that look at the text across its lines (fuzz47).
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return _OTHER_BREAKS.sub("\n", text)
    return text


def read_front(
    text: str, *, cleaned: bool = False, given: str | None = None
) -> tuple[list[str], frozenset[int], _Fields]:
    """The lines of ``text`` as the parser reads them up to its title, with their headings.

    Line breaks made line feeds, the pieces of a rendering that writes a piece of text a line
    joined (:func:`join_inline_breaks`, ``given`` as there), the lines prepared with the fields'
    facts and a tool's front matter read into the fields. :func:`read_text` goes on from here,
    and so do the title model's training rows (``benchmarks/textlines.py``).
    """
    text = join_inline_breaks(_line_feeds(text), given)
    fields = _Fields(text=text)
    lines, headings = prepare_lines(
        text,
        fields.facts,
        fields.pictures,
        fields.appended,
        fields.link_lines,
        continued=fields.continued,
        body_heads=fields.body_heads,
        cleaned=cleaned,
        split=fields.split,
    )
    fields.prepared = lines
    return _read_front_matter(lines, fields), headings, fields


class Reading(NamedTuple):
    """What :func:`read_text` gives: the article, and what the reading learnt on the way."""

    #: The dump's article (:func:`parse_text`).
    article: Article
    #: Every paragraph is known printable (:meth:`str.isprintable`): the reading learns that for
    #: most dumps (:attr:`LineFacts.printable`), and the caller then need not look at every
    #: character of the paragraphs again.
    printable: bool
    #: The article is a title and no text, and the dump holds other lines with a letter or a
    #: digit (read as metadata or furniture): a title alone needs no word, these do.
    title_over_unread: bool


def read_text(text: str, *, cleaned: bool = False, given: str | None = None) -> Reading:
    """:func:`parse_text`, with what the reading learnt (:class:`Reading`).

    ``given``, when given, is ``text`` before its no-break spaces were made plain
    (:func:`~newsparse._normalize.whitespace.plain_spaces`): a line of them alone, a typed dump's
    ad slot, is then told from a line of spaces (see :func:`join_inline_breaks`).
    """
    if len(text) > 2 * MAX_DUMP_LINES:  # (a shorter text holds fewer lines: no call)
        _check_lines(text)
    lines, headings, fields = read_front(text, cleaned=cleaned, given=given)
    if fields.title is not None:
        start = _after_headline(lines, fields)
    else:
        start = _find_title(lines, headings, fields)
    if fields.title is not None and _absurd_title(fields.title):
        start = _refuse_title(lines, start, fields)
    if fields.title is None and not lines:
        msg = "the text holds no line that reads as a title or a paragraph"
        raise NotAnArticleError(msg)
    lines = _fold_repeated_captions(lines, start, fields)
    # (The text behind a body label ends the header: the tool's fields may follow the text.)
    fields.header = (lines, start)
    body_start = start if fields.labelled_body else _read_header(lines, start, fields)
    held_above = _date_over_text(lines, start, body_start, fields)
    _read_body(lines, body_start, fields)
    if fields.byline_label is not None or fields.writers_above:
        _close_bylines(fields)
    if fields.published is None and held_above is not None:
        fields.add_date(*held_above)
    if fields.published is None and lines and "WI" in (head := lines[0][:_GLUED_DATE_REACH]):
        _read_glued_zoned_date(head, fields)
    if (
        fields.published is None
        and lines
        and len(lines[0]) >= _FLATTENED_LINE
        and "Published" in (head := lines[0][:_FLATTENED_HEAD])
    ):
        _read_glued_published(head, fields)
    if not fields.authors and _closing_name(fields):
        fields.add_authors((fields.paragraphs.pop(),))
    elif not fields.authors and _signed_with_position(fields.paragraphs):
        position = fields.paragraphs.pop()
        fields.add_authors((fields.paragraphs.pop(),))
        fields.warnings.append(
            f"left out the signer's position under the text: {excerpt(position)!r}"
        )
    elif signer := _dash_signature(fields.paragraphs):
        fields.paragraphs.pop()
        fields.add_authors((signer,))
    if not fields.authors and fields.paragraphs:
        _read_glued_byline(fields)
    _drop_outdented(fields)
    _drop_teasers(fields)
    _drop_writer_notes(fields)
    _drop_closing_topics(fields)
    _drop_page_tail(fields)
    _drop_closing_notes(fields)
    _drop_release_notes(fields)
    _drop_added_summary(fields)
    _drop_closing_link(fields)
    for refused in (fields.month_clash, fields.order_clash):
        if refused is not None and fields.published is None:
            _settle_refused(fields, refused)
    article = Article(
        title=None if fields.title is None else _without_outlet_prefix(fields.title),
        authors=fields.authors,
        published=fields.published,
        modified=fields.modified,
        dateline=fields.dateline or fields.site_code,
        site_name=fields.site_name,
        language=guess_language(_language_sample(fields.paragraphs)),
        url=fields.url,
        description=fields.description,
        tags=fields.tags,
        paragraphs=fields.paragraphs,
        captions=fields.captions,
        warnings=fields.warnings,
    )
    title = article.title
    return Reading(
        article,
        fields.facts.printable,
        title is not None
        and not article.paragraphs
        and any(line not in title and any(map(str.isalnum, line)) for line in fields.prepared),
    )


#: The first characters of the lines :func:`prepare_lines` reads for what they open with: a
#: heading's, a quote's, a rule's and bold or italic text's marks.
_MARKED_FIRSTS = "#>-*_&"


def prepare_lines(  # noqa: PLR0915 - one loop over the lines, the plain ones first
    text: str,
    facts: LineFacts | None = None,
    pictures: set[str] | None = None,
    appended: set[str] | None = None,
    link_lines: set[str] | None = None,
    *,
    continued: set[str] | None = None,
    body_heads: set[str] | None = None,
    cleaned: bool = False,
    split: list[tuple[list[str], list[str]]] | None = None,
) -> tuple[list[str], frozenset[int]]:
    """The cleaned, non-empty lines of ``text`` without Markdown marks, and which were headings.

    A line of nothing but Markdown links below the first lines of running text is navigation
    (other stories, "read more") and left out, unless it reads as a date line or a byline.
    ``facts`` reads those (the parse's own, so that what it learns is kept). The lines that opened
    with a Markdown picture and go on with a few words (its caption) are added to ``pictures``,
    as they read without the picture. The line right under a rule of hyphens below running text
    opens what a tool added after the story (generated summaries, key points): it is added to
    ``appended``. The text of a line of nothing but links above the lede is added to
    ``link_lines``. In a dump wrapped in part, a line that goes on with the line above it (the
    same paragraph, broken off mid-sentence) is added to ``continued``. A tool's label of the text
    written as a heading (``## Article``) is added to ``body_heads``. ``cleaned`` says ``text``
    is what :func:`~newsparse._decode.clean_text` gives for it. ``split``, when given, receives
    the lines of ``text`` (:meth:`str.splitlines`) and each of them stripped, when they are what
    the lines above were read from (no tag taken out, no wrapping undone): a caller that reads
    the lines as given again need not split and strip them again.
    """
    facts = facts if facts is not None else LineFacts(clean=True)
    given = text
    # (No tag, no pseudo-XML wrapper: the text is read as it was given.)
    cleaned = cleaned and "<" not in text
    text = _unwrap_pseudo_xml(text)
    if "<" in text:
        text = _without_tags(text)
    lines: list[str] = []
    headings: set[int] = set()
    # In a text all in Latin-1 whose only unprintable character (but for line breaks) is the
    # no-break space, a line is unprintable exactly when it holds one.
    nbsp_only = _nbsp_only(text, cleaned=cleaned)
    # Then every line below is printable: a no-break space goes with cleaning, and the lines made
    # from them later (fields of a table, a value glued to a label) are parts of them. A text
    # beyond Latin-1 (most whole pages: curly quotes, dashes) has each line read instead, and
    # every line is as printable when none of them was unprintable (``unprintable``, known once
    # the lines are read: nothing reads the facts' ``printable`` before).
    facts.printable = nbsp_only
    unprintable = False
    # (Then a line holds a no-break space only if the text does: a dump's own parse has made
    # them plain spaces, and one search of the text spares one of each line.)
    nbsp_lines = nbsp_only and "\xa0" in text
    text_above = _TextAbove()  # running text above a line: a line of links below it is navigation
    after_rule = False  # the line before was a rule of hyphens with a blank line above it
    ruled_at: list[int] = []  # the lines right under such a rule below running text
    blank_above = True  # the line above was blank (a rule right under text underlines a heading)
    # A link's or an escape's mark looked for in the text at once, and in each line only when the
    # text holds one (joining wrapped lines makes neither).
    marked = "]" in text or "\\" in text
    # Blank lines (most lines of a whole-page rendering) are left out, trimmed, in one pass:
    # clean_line gives the same for a line and for the line trimmed.
    for trimmed in _unwrapped(text, continued, split if text is given else None, cleaned=cleaned):
        if not trimmed:
            blank_above = True
            continue
        line = trimmed
        if (
            (nbsp_lines and "\xa0" in line)
            if nbsp_only
            else (not line.isprintable() and (unprintable := True))
        ) or "  " in line:
            # Otherwise clean already: every space but " " and every invisible character is
            # unprintable, so clean_line would only have trimmed the line.
            line = clean_line(line)
            if not line:
                blank_above = True
                continue
        first = line[0]
        if not (
            first in _MARKED_FIRSTS
            or after_rule
            or (marked and (("]" in line and "](" in line) or "\\" in line))
        ):
            # (No heading, rule or mark: each test below would find nothing.)
            blank_above = False
            lines.append(line)
            continue
        if first == "&" and _REFERENCE_ONLY_LINE.fullmatch(line) is not None:
            blank_above = True  # (an empty slot written as ``&nbsp;``: a blank line)
            continue
        if first == "#" and line.startswith("# "):
            headings.add(len(lines))
        # A rule with a blank line above it, below running text (a heading's underline stands
        # right under its text, and a table's rule over a row of cells).
        under_rule = after_rule and "|" not in line and text_above.enough(lines)
        after_rule = blank_above and first == "-" and _RULE.match(line) is not None
        blank_above = False
        # ("]" first: a one-character search runs at memchr speed, a two-character one does not.)
        if (
            first in "#>"
            or (marked and (("]" in line and "](" in line) or "\\" in line))
            or (first in "*_" and line[:2] in ("**", "__"))  # (a slice only past the first test)
        ):
            only_links = "](" in line and is_link_line(line)
            links = only_links and text_above.enough(lines)
            picture = first == "!" and line.startswith("![")
            # Only a line with a mark can change: clean_line already trimmed every other one.
            line = _marks_taken_out(line, facts)
            if not line or (links and _is_navigation(line, facts)):
                continue
            if picture and pictures is not None and line.count(" ") < _PICTURE_CAPTION_WORDS:
                pictures.add(line)
            elif (
                first == ">"
                and pictures is not None
                and line[-1:] == ")"
                and text_above.none(lines)
                and _picture_caption(line)[1] is not None
            ):
                # A quoted line over the story closing with a credit in brackets is a picture's
                # caption (as ``to_markdown`` writes one): a pull quote stands inside the text.
                pictures.add(line)
            if only_links and not links and link_lines is not None:
                link_lines.add(line)
            if first == "#" and body_heads is not None and is_body_label(line):
                body_heads.add(line)
        if under_rule:
            ruled_at.append(len(lines))
        lines.append(line)
    if appended is not None:
        # What a tool adds under the story is short beside it: a rule with most of the text
        # still below it separates parts of the story (a converter's rule around code).
        appended.update(lines[n] for n in ruled_at if len(lines) - n <= n * _ADDED_SHARE)
    if not unprintable:
        facts.printable = True  # (every line read printable, or nbsp_only: true already)
    return lines, frozenset(headings)


def _without_tags(text: str) -> str:
    """``text`` without the tags a scraper left in it (``<br>`` line breaks, ``<b>`` names)."""
    stripped = strip_tags(pictures_as_markdown(_dateline_elements(text)))
    if stripped != text and "&" in stripped:
        # Text written as HTML writes its characters as references too (&quot;, &#x2019;).
        stripped = html.unescape(stripped)
    return stripped


class _TextAbove:
    """Whether :data:`_TEXT_BEFORE_LINKS` lines of running text stand above a line of a dump.

    Counted only when asked (by a line of links or a rule, which most dumps do not hold), over
    the lines not read yet: the lines are only ever added to.
    """

    __slots__ = ("_read", "_seen")

    def __init__(self) -> None:
        self._read = 0  # how many of the lines are counted
        self._seen = 0  # how many of those read as running text (up to the number that counts)

    def enough(self, lines: list[str]) -> bool:
        """Whether the lines so far (:func:`prepare_lines`' list) hold enough running text."""
        while self._seen < _TEXT_BEFORE_LINKS and self._read < len(lines):
            self._seen += is_paragraph_like(lines[self._read])
            self._read += 1
        return self._seen >= _TEXT_BEFORE_LINKS

    def none(self, lines: list[str]) -> bool:
        """Whether no line so far (:func:`prepare_lines`' list) reads as running text."""
        self.enough(lines)
        return self._seen == 0


def _marks_taken_out(line: str, facts: LineFacts) -> str:
    """:func:`strip_markdown` of ``line``; ``facts`` learns when it leaves two spaces together.

    Every other line :func:`prepare_lines` gives is cleaned, which leaves none (see
    :attr:`LineFacts.spaced`).
    """
    line = strip_markdown(line)
    if "  " in line:
        facts.spaced = True
    return line


def _unwrapped(
    text: str,
    continued: set[str] | None,
    split: list[tuple[list[str], list[str]]] | None = None,
    *,
    cleaned: bool = False,
) -> list[str]:
    """The lines of ``text``, a hard-wrapped dump's joined into paragraphs (:func:`unwrap`), stripped.

    In a dump wrapped in part, the lines (cleaned) that go on with the line above them are added
    to ``continued``, to be joined in the body. ``split`` receives the lines of ``text`` and
    each of them stripped, when no wrapping was undone (see :func:`prepare_lines`). ``cleaned``
    says ``text`` is what :func:`~newsparse._decode.clean_text` gives for it.
    """
    if cleaned and "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        # Cleaning leaves no control but tabs and line feeds (and carriage returns): without a
        # carriage return or a Unicode line or paragraph separator, a line feed is the only
        # character str.splitlines breaks at, and a split at it (the cheaper) gives the same
        # lines, but for an empty one after a closing line feed.
        raw_lines = text.split("\n")
        if not raw_lines[-1]:
            raw_lines.pop()
    else:
        raw_lines = text.splitlines()
    unwrapped = unwrap(raw_lines)
    if unwrapped is not raw_lines:
        return list(map(str.strip, unwrapped))
    stripped = list(map(str.strip, raw_lines))  # (one strip of each line serves both)
    if continued is not None and (found := broken_block_lines(raw_lines, stripped)):
        continued.update(clean_line(raw_lines[index]) for index in found)
    if split is not None:
        split.append((raw_lines, stripped))
    return stripped


#: The characters of Latin-1 that are not printable, but for the no-break space and those that
#: break a line, marked.
_LATIN1_UNPRINTABLE = byte_marks(
    code
    for code in range(256)
    if not chr(code).isprintable() and code != 0xA0 and len(f"a{chr(code)}b".splitlines()) == 1
)


def _dateline_elements(text: str) -> str:
    """``text`` with a dash after a dateline that a story written as HTML set as an element.

    ``<p><span class="location">CHICAGO</span> The jail ...`` prints ``CHICAGO The jail ...``
    once the tags go, where nothing tells the place from the text: a paragraph opening with an
    element of nothing but a place in capitals is given the dash a dateline is read by.
    """
    if "<p" not in text:
        return text
    return _DATELINE_ELEMENT.sub(r"\g<open>\g<place> - ", text)


def _unwrap_pseudo_xml(text: str) -> str:
    """``text`` without the tags of a tool's pseudo-XML wrapper, its title element a heading.

    A wrapper opens the dump with a tag alone on its line (``<doc>``, ``<doc id="7" url="...">``);
    then a line of tags around text (``<title>Headline</title>``, ``<content>First paragraph``,
    ``</doc>``) keeps only the text, and a title element becomes a Markdown heading. Elsewhere a
    line of tags is the article's own (a code listing) and stays.
    """
    opening = text.lstrip()
    if opening[:1] != "<" or _OPENING_TAG.match(opening) is None:
        return text
    lines = []
    opened = False  # the wrapper's opening tag read
    for line in text.splitlines():
        stripped = line.strip()
        tagged = (
            _TAG_WRAPPED.match(stripped) if stripped[:1] == "<" or stripped[-1:] == ">" else None
        )
        if tagged is None:
            lines.append(line)
            continue
        name, inner = tagged.group("name"), tagged.group("text").strip()
        if not opened and name is not None:
            opened = True
            address = _WRAPPER_ADDRESS.search(stripped)
            if address is not None and not inner:
                # The page's address the opening tag states, alone on the first line: the
                # header's reading takes it for Article.url (or leaves it out, saying why).
                lines.append(html.unescape(address.group("url")))
                continue
        title = name is not None and name.lower() in _TITLE_TAGS and tagged.group("end") == name
        lines.append(f"# {inner}" if title and inner else inner)
    return "\n".join(lines)


def _is_navigation(text: str, facts: LineFacts) -> bool:
    """Whether the text of a line of links below the lede is navigation: not a byline or a date.

    A link named for a news agency (``[Reuters](...)``, ``[Dow Jones Newswires](...)``) points
    to the story's source, however it reads as a byline.
    """
    return (facts.byline(text, bare=True) is None or is_agency(text)) and facts.date(text) is None


def _nbsp_only(text: str, *, cleaned: bool = False) -> bool:
    """Whether ``text`` is all in Latin-1, and printable but for no-break spaces and line breaks.

    A byte table's work on its Latin-1 bytes (:func:`~newsparse._decode.latin1_holds_none`),
    where :meth:`str.isprintable` looks each character up in the Unicode database. A ``cleaned``
    text (:func:`~newsparse._decode.clean_text`'s) keeps no control but tabs and line breaks: of
    the characters marked, only a tab or a soft hyphen can stand in it, each looked for at memchr
    speed.
    """
    if not cleaned:
        return latin1_holds_none(text, _LATIN1_UNPRINTABLE) is True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return "\t" not in text and "\xad" not in text


#: A labelled picture credit on a line of its own (``Photograph: Jane Roe/Agency``): how far into
#: the line its label's colon stands at most; and how many words a button's label between two
#: printings of a lead picture's caption has at most (``View image in fullscreen``).
_CREDIT_LABEL_REACH = 12
_PICTURE_BUTTON_SPACES = 3
_CLOSING_QUOTES = "'\"’”"


def _lead_picture(lines: list[str], facts: LineFacts) -> tuple[int, list[tuple[str, str]]]:
    """The lines of the lead picture's captions opening the dump, and each caption and credit.

    A page's text may open with its lead picture: the caption, a sentence, over its labelled
    credit (``Boats wait at the quay.`` over ``Photograph: Jane Roe/Agency``), often printed twice
    with a button's label between. Such a caption is never the title (a headline over the
    credit ends no sentence); ``(0, [])`` when the dump opens otherwise.
    """
    end = 0
    captions: list[tuple[str, str]] = []
    index = 0
    while index + 1 < len(lines):
        credit_line = lines[index + 1]
        if (
            ":" not in credit_line[:_CREDIT_LABEL_REACH]
            or ":" in lines[index][:_CREDIT_LABEL_REACH]
        ):
            break
        parts = facts.caption(credit_line, strict=False)
        if (
            parts is None
            or parts[0]
            or parts[1] is None
            # (a caption ends its sentence; a headline over the picture's credit does not)
            or lines[index].rstrip(_CLOSING_QUOTES)[-1:] not in _TAIL_STOPS
        ):
            break
        if (lines[index], parts[1]) not in captions:
            captions.append((lines[index], parts[1]))
        end = index + 2
        index = end
        if (
            index + 2 < len(lines)
            and lines[index].count(" ") <= _PICTURE_BUTTON_SPACES
            and lines[index + 1] == lines[end - 2]
        ):
            index += 1  # (a button's label between the two printings)
    return end, captions


#: The longest title a dump is given: a line past it is no headline (the development pages'
#: longest title is 175 characters), whatever the title model makes of it.
MAX_TITLE_CHARS = 2_000


def _absurd_title(title: str) -> bool:
    """Whether ``title`` cannot be a headline: too long, or without a single letter."""
    return len(title) > MAX_TITLE_CHARS or not any(map(str.isalpha, title))


def _left_out_address(line: str, fields: _Fields, lines: Sequence[str], index: int) -> bool:
    """Leave out an address alone on a header line (the story's source line), with a warning.

    It went without a word: a dump of a title over addresses was a title alone (fuzz49's lead).
    The first one that is the page's (:func:`_page_address`) is the article's address, and
    needs no warning, unless :func:`_cited_address` says it is another page's.
    """
    if _cited_address(lines, index) or not _stated_address(line, fields):
        fields.warnings.append(f"left out an address in the header: {shortened(line)!r}")
    return True


def _cited_address(lines: Sequence[str], index: int) -> bool:
    """Whether the address alone on ``lines[index]`` is one the text cites, not the page's own.

    It is when it stands in a list of addresses (an address alone right above or below it), or
    under a line ending in a colon, which introduces it ("The recording as a video:").
    """
    above = lines[index - 1] if index > 0 else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        above[-1:] == ":" or _ADDRESS.match(above) is not None or _ADDRESS.match(below) is not None
    )


def _page_address(value: str) -> bool:
    """Whether ``value`` is an address a dump may state as its page's (:func:`~newsparse._urls.page_address`).

    At most :data:`~newsparse._options.MAX_URL_CHARS` characters: what ``parse_article`` takes
    as ``url=`` from a caller.
    """
    if value[:4].lower() != "http":
        return False  # (no web address: urllib.parse, behind _urls, loads only for one)
    from newsparse._urls import page_address  # noqa: PLC0415

    return page_address(value, longest=MAX_URL_CHARS) is not None


def _stated_address(value: str, fields: _Fields) -> bool:
    """Take ``value`` as the article's address if none is yet and it is one; say whether it was."""
    if fields.url is None and _page_address(value):
        fields.url = value
        return True
    return False


def _read_header_address(
    line: str, fields: _Fields, lines: Sequence[str] | None, index: int, *, words: int
) -> bool:
    """Read a header line of an address: the page's, alone or in a tool's field, or the writer's.

    The page's address alone (``https://...``) or in a field of its own (``URL: https://...``,
    once read as a dateline, ``URL``, opening the text) is the article's address, or is left out
    with a warning when one was read (:func:`_left_out_address`). The writer's e-mail address
    under the byline is left out too.
    """
    if words == 1:
        if _ADDRESS.match(line):
            return _left_out_address(line, fields, lines or (line,), index if lines else 0)
        if "@" in line and fields.authors and _MAIL_LINE.match(line):
            # The writer's e-mail address under the byline: no part of the text.
            fields.warnings.append(
                f"left out the writer's e-mail address under the byline: {excerpt(line)!r}"
            )
            return True
    elif (value := address_field(line)) is not None and _page_address(value):
        if not _stated_address(value, fields):
            fields.warnings.append(f"left out an address in the header: {shortened(line)!r}")
        return True
    return False


def _shown_address(line: str) -> str:
    """A line holding an address as a warning quotes it: whole, unless it is longer than any address.

    An address newsparse reads has :data:`~newsparse._options.MAX_URL_CHARS` characters at most;
    a longer line is quoted by its first 80 characters and its length (a warning quoted a line of
    a megabyte whole: fuzz50's lead).
    """
    return excerpt(line, MAX_URL_CHARS)


def _refuse_title(lines: list[str], start: int, fields: _Fields) -> int:
    """Refuse the absurd title found, with a warning; return where the header starts now.

    A title line of its own is given back to the text under it (read as the header's and the
    body's lines are), so no line is lost: a dump opening with a line of 10 MB of digits was
    given it as its title without a word (fuzz49's lead).
    """
    title = fields.title or ""
    shown = shortened(title)
    what = f"{len(title):,} characters" if len(title) > MAX_TITLE_CHARS else "no letter"
    fields.title = None
    fields.window_site = None
    if start and lines[start - 1] == title:
        fields.warnings.append(
            f"a line that reads as the title holds {what}, no headline: {shown!r}; read as text"
        )
        return start - 1
    fields.warnings.append(f"left out a title that holds {what}, no headline: {shown!r}")
    return start


def _find_title(lines: list[str], headings: frozenset[int], fields: _Fields) -> int:
    """Find the title line and fill ``fields.title``; return where the header starts.

    A dump whose first line reads as a headline opens with its title (the usual layout, read by
    the rules), unless the dump is a whole page, whose first line is a site name or the window
    title as often as the headline. Otherwise the title model weighs every short line near the
    top; when no line is likely enough, the dump has no title line (a body-only dump) and is read
    from its top.
    """
    if not lines:
        return 0
    if len(lines) > 2 and lines[0][:4].lower() in _ADDRESS_STARTS and _ADDRESS.match(lines[0]):
        # A scraper's record of the page's address on the first line, the page under it: the
        # title is looked for from the next line, as if the dump opened there. The address is
        # the article's (a further one, or one that is no web address, is left out with a word).
        if _cited_address(lines, 0) or not _stated_address(lines[0], fields):
            fields.warnings.append(
                f"left out the page's address over the text: {_shown_address(lines[0])!r}"
            )
        below = frozenset(index - 1 for index in headings if index > 0)
        return 1 + _find_title(lines[1:], below, fields)
    if len(lines) > 2 and ":" in lines[1][:_CREDIT_LABEL_REACH]:
        skip, pictures = _lead_picture(lines, fields.facts)
        if skip:
            # The lead picture's caption and credit over the headline: a caption, no title.
            for caption, credit in pictures:
                fields.add_caption(caption, credit)
            below = frozenset(index - skip for index in headings if index >= skip)
            return skip + _find_title(lines[skip:], below, fields)
    if (
        len(lines) > 2
        and lines[1] in _LONE_DASHES
        and lines[0].count(" ") < _LONE_DATELINE_WORDS
        and len(lines[0]) <= MAX_DATELINE_CHARS
        and is_paragraph_like(lines[2])
    ):
        # A dateline and its dash on lines of their own over the lede ("CNN", "—"): no title.
        fields.dateline = lines[0]
        return 2
    if len(lines) > 1 and lines[0][-1:] in _HEADER_RUN_ENDS and is_paragraph_like(lines[1]):
        marked = lines[0][-1:] not in _DASH_ENDS
        head = _without_closing_marks(lines[0]) if marked else lines[0]
        tail = _dateline_at_end(head, named=marked) if head[-1:] in _DASH_ENDS else None
        if tail is not None:
            # The lede's dateline alone over it, or closing a page's header run into one line:
            # the line is no title (its other words are furniture; a glued writer is read).
            fields.dateline = tail.printed
            fields.site_name = fields.site_name or tail.source
            writer = _GLUED_WRITER.search(lines[0])
            if writer is not None:
                byline = fields.facts.byline(f"Penulis: {writer.group(1)}")
                if byline is not None:
                    fields.add_authors(byline.authors)
            fields.warnings.append(
                f"left out a header line over the dateline: {excerpt(lines[0])!r}"
            )
            return 1
    if (
        # (The cheap tests first: a whole page, most of a rendering's dumps, is not read for
        # the usual layout's facts of its first lines.)
        (not headings or 0 in headings)
        and not is_whole_page(lines)
        and _opens_with_title(lines, fields)
    ):
        return _read_title(lines, fields)
    top = min(headings, default=None)
    if (
        top is not None
        and 0 < top <= _DATE_ABOVE
        and all(fields.facts.date(line) is not None for line in lines[:top])
    ):
        # Only a date above the document's first heading (a dated page of one story).
        _read_date_above(lines, top, fields)
        fields.title = lines[top]
        return top + 1
    found = title_lines(lines, headings, fields.facts)
    index, worded = (None, None) if found is None else found
    if (
        index is None
        or _broken_at_comma(lines[index], fields.text)
        or _broken_at_link(lines, index, fields)
        or (opens_with_label(lines[index]) and fields.facts.byline(lines[index]) is not None)
        or _credited_in_capitals(lines[index]) is not None
        # A bare name over the date line opening the dump is its byline, not a title (but a
        # heading's mark says the line is the title, and so does a word the lede says again).
        or (
            index == 0
            and not headings
            and _bare_byline_above_date(lines, fields.facts)
            and not _said_again_below(lines)
        )
    ):
        return 0  # (a labelled byline, "By Jane Doe |", or a credited caption is never the title)
    while " " not in lines[index] and _section_over_headline(lines, index, fields.facts):
        fields.warnings.append(
            f"left out a section's label over the title: {excerpt(lines[index])!r}"
        )
        index += 1
        worded = None
    if index:
        fields.warnings.append(
            f"left out {index} lines of page furniture (menus, lists) before the title"
        )
        _read_date_above(lines, index, fields)
    # (a headline set in italics keeps its emphasis marks in a Markdown dump: "_Headline_")
    # (the wording the page prints its story under most, unless the title moved off its line)
    fields.title = unemphasised(with_kicker(lines, index if worded is None else worded))
    return index + 1


def _read_glued_zoned_date(head: str, fields: _Fields) -> None:
    """Date the story by a header date glued into the head of its first line, if one is there.

    ``... BREAKING NEWS Kabar Contoh Kamis, 14 Agu 2025 15:08 WIB Jakarta, Kabar Contoh -- ...``:
    a dump that printed no date line of its own, whose first line runs the page's header together.
    """
    found = _GLUED_ZONED_DATE.search(head)
    if found is None:
        return
    match = fields.facts.date(found.group())
    if match is not None and match.value is not None:
        fields.add_date(match, found.group())


def _without_closing_marks(line: str) -> str:
    """``line`` without the editors' initials and embed placeholders that close it.

    A page's header run into one line may go on past the lede's dateline with the editors'
    initials (``(abc/de)``) and an embedded player's placeholder (``[Gambas:Video Outlet]``)
    the page printed there: ``... Jakarta, Kabar Contoh -- (abc/de) [Gambas:Video Kabar]``.
    """
    for _ in range(_CLOSING_MARKS):
        line = line.rstrip()
        opening = line.rfind("[" if line[-1:] == "]" else "(")
        if opening < 0:
            break
        mark = line[opening:]
        if not (is_embed_tag(mark) if mark[0] == "[" else boilerplate.is_signoff(mark)):
            break
        line = line[:opening]
    return line.rstrip()


def _read_glued_published(head: str, fields: _Fields) -> None:
    """Date the story by a labelled date in the head of a page flattened onto one line.

    ``... Jane Doe Published : Dec 10, 2025 2:40 PM ⋅ Updated : ...``: a scraper that joined
    every line of a page with spaces leaves the byline's name and the date label run together
    among the menus. The date (a month's name, day, year and clock time) is read, and a name of
    two or three capitalised words right before the label is the author when none was read.
    """
    found = _GLUED_PUBLISHED.search(head)
    if found is None:
        return
    match = fields.facts.date(found.group("date"))
    if match is None or match.value is None:
        return
    fields.add_date(match, found.group("date"))
    name = _NAME_BEFORE_LABEL.search(head, max(0, found.start() - _NAME_REACH), found.start())
    if name is not None and not fields.authors and is_person_name(name.group(1)):
        fields.add_authors((name.group(1),))


#: A dateline alone on its line over the lede has at most this many words.
_LONE_DATELINE_LINE_WORDS = 5


def _lone_dateline(lines: list[str], index: int, fields: _Fields) -> Dateline | None:
    """The dateline of the lede under ``lines[index]``, when that line is the dateline alone.

    A copy of a page may break the dateline off its lede and lose the dash between them
    (``KABAR.COM, SURABAYA`` over ``Warga ...``). Only a place and its outlet split by a comma,
    the outlet named by its domain or known as one (:func:`_dateline_at_end`), make the whole
    line, over a paragraph that has no dateline of its own.
    """
    line = lines[index]
    if (
        fields.dateline is not None
        or "," not in line
        or line[-1:] in _SENTENCE_ENDS
        or line.count(" ") >= _LONE_DATELINE_LINE_WORDS
        or index + 1 >= len(lines)
        or not fields.facts.paragraph_like(lines[index + 1])
        or fields.facts.dateline(lines[index + 1]) is not None
    ):
        return None
    tail = _dateline_at_end(f"{line} -")
    if tail is None or tail.source is None or tail.printed != line.strip():
        return None
    return tail


def _dateline_at_end(line: str, *, named: bool = False) -> Dateline | None:
    """The dateline closing ``line``, after other words or alone (``Gabung BEKASI, KABAR.com -``).

    Only a dateline of a place and its outlet split by a comma (``BEKASI, KABAR.com``,
    ``KABAR.COM, JAKARTA``, ``Jakarta, Kabar Contoh``) is read: a place alone after a headline's
    words may be the headline's. A place in capitals may take up to three words (``KUALA
    LUMPUR, Kabar.my``). ``named`` says the editors' initials or an embed's placeholder followed
    the dateline on its line (see :func:`_without_closing_marks`): then an outlet of capitalised
    words not known as one will do (``Jakarta, Example Post``).
    """
    words = line.split(None)[-_TAIL_DATELINE_WORDS:]
    if len(words) < 3 or words[-1].strip("-–—"):
        return None
    comma = next((i for i in range(len(words) - 2, 0, -1) if words[i - 1].endswith(",")), None)
    if comma is None:
        return None
    start = comma - 1
    while (
        comma - start < _TAIL_PLACE_WORDS
        and start > 0
        and words[start].isupper()
        and words[start - 1].isalpha()
        and words[start - 1].isupper()
    ):
        start -= 1
    dateline = read_dateline(" ".join(words[start:]))
    if dateline is None or "," not in dateline.printed:
        return None
    if dateline.source is None:
        outlet = dateline.printed.rpartition(",")[2].split()
        if (
            not named
            or not 0 < len(outlet) <= _TAIL_PLACE_WORDS
            or not all(word[:1].isupper() for word in outlet)
        ):
            return None
    return dateline


def _section_over_headline(lines: list[str], index: int, facts: LineFacts) -> bool:
    """Whether the title the model chose at ``index`` is a section's label over the headline.

    A word such as ``Opinion`` or ``Games`` alone on its line (or over another one), with a line
    of three words or more under it that is neither a byline nor a date line.
    """
    if lines[index].lower() not in SECTION_WORDS:
        return False
    under = index + 1
    while under < len(lines) and lines[under].lower() in SECTION_WORDS:
        under += 1
    if under >= len(lines):
        return False
    below = lines[under]
    return (
        below.count(" ") >= _HEADLINE_SPACES
        and below[-1:] not in ".:"
        and facts.byline(below, bare=True) is None
        and facts.date(below) is None
    )


def _after_headline(lines: list[str], fields: _Fields) -> int:
    """Where the header starts below a tool's title field: after the page's own headline.

    A tool may write its fields above a whole page rendered to text, whose menus come before the
    article's headline: the first line that repeats the title field (or is the title field without
    a site's name after a bar or dash) is that headline, and the lines above it are left out.
    With no such line near the top, the text starts at the first line.
    """
    if fields.title is None:
        return 0
    wanted = fields.title.casefold()
    for index, line in enumerate(lines[:_HEADLINE_REACH]):
        folded = line.casefold()
        if (index == 0 or len(folded) >= _MIN_HEADLINE) and (
            folded == wanted
            or (
                wanted.startswith(folded)
                and wanted[len(folded) :].lstrip()[:1] in _TITLE_SUFFIX_MARKS
            )
        ):
            if sum(map(is_paragraph_like, lines[:index])) > _TEXT_ABOVE_HEADLINE:
                return 0  # the title written again further down the text, not its headline
            if index:
                fields.warnings.append(
                    f"left out {index} lines of page furniture (menus, lists) before the title"
                )
                _read_date_above(lines, index, fields)
            fields.title = line  # the headline as printed, without the window title's site name
            return index + 1
    return 0


def _date_over_text(
    lines: list[str], start: int, body_start: int, fields: _Fields
) -> tuple[DateMatch, str] | None:
    """Date the article from above its text when its header did not: return a date held back.

    A whole page's window title on the first line, over a headline found further down at
    ``start``, may close with the date (:func:`_read_window_date`); else a date line right above
    the headline is the article's, unless a date line stands in the text's first lines
    (:func:`_dated_below`): it is then held back, for when the text gives no date.
    """
    if fields.published is None and fields.date_above is None and start and fields.title:
        _read_window_date(lines[0], fields)
    if fields.published is None and fields.date_above is not None:
        if _dated_below(lines, body_start, fields.facts):
            return fields.date_above
        fields.add_date(*fields.date_above)
    return None


#: The separators of a window title's parts ("Headline – Site – 13.06.2023").
_WINDOW_PARTS = re.compile(r" [-–—|·•] ")


def _read_window_date(first: str, fields: _Fields) -> None:
    """Read the date closing a whole page's window title on its first line, over the headline.

    A browser's or a tool's rendering of a whole page may open with the page's ``<title>``, the
    headline, the site's name and the date in parts (``Headline – Site – 13.06.2023``); the
    headline found further down is its first part.
    """
    parts = _WINDOW_PARTS.split(first)
    title = fields.title
    if len(parts) < 2 or title is None or parts[0].strip().casefold() != title.casefold():
        return
    match = fields.facts.date(parts[-1].strip())
    if match is not None and match.value is not None:
        fields.add_date(match, parts[-1].strip())
        fields.window_day = day_of(match.value)


def _dated_below(lines: list[str], start: int, facts: LineFacts) -> bool:
    """Whether a date line stands in the first lines from ``start``, above any long paragraph.

    On a whole page, the date right above the headline may be the last teaser's over it (a list
    of related stories, each a headline, a name and a date); the article's own date line then
    stands under its headline, past a standfirst or a caption, and the text reads it there.
    """
    for line in lines[start : start + _DATE_BELOW]:
        if line.count(" ") >= _LONG_PARAGRAPH_SPACES:
            return False
        match = facts.date(line)
        if match is not None and match.value is not None:
            return True
    return False


def _read_date_above(lines: list[str], index: int, fields: _Fields) -> None:
    """Keep a date printed in the few lines right above the headline at ``index`` (over a kicker).

    The page furniture above a headline is left out, but for these lines: a date standing there
    is the article's when its header below the headline states none, a byline's label over a
    name there names the writer when nothing below does, and a lead picture's caption closed by a
    labelled credit (``... Photograph: Jane Doe``) is the article's caption.
    """
    found = False
    for at in range(index - 1, max(0, index - _DATE_ABOVE) - 1, -1):
        line = lines[at]
        if ": " in line and (caption := _label_credited(line)) is not None:
            fields.add_caption(*caption)
            continue
        if (
            at + 1 < index
            and len(line) <= _BARE_LABEL_CHARS
            and line.lower() in _BARE_BYLINE_LABELS
            and (byline := fields.facts.byline(lines[at + 1], bare=True)) is not None
        ):
            # A byline's label over the name (``Written by`` over ``Jane Doe``): the writer, for
            # a story whose header and text name none.
            fields.writers_above = byline.authors
            continue
        match = fields.facts.date(line) if not found else None
        if match is not None and match.value is not None:
            fields.date_above = (match, line)
            found = True


def _opens_with_title(lines: list[str], fields: _Fields) -> bool:
    """Whether the usual layout holds: a headline, and the article's header or text right under it.

    Right under it means a date line, a labelled byline or a word for "by" alone within four
    lines, or running text within two, or a dump of at most a few lines. A whole-page rendering
    opens with menus instead.
    """
    first = lines[0]
    words = first.count(" ") + 1
    # A headline in Title Case may end with a full stop (then it is no sentence), and a window
    # title (the headline, a bar and the site's name) is a headline however long.
    windowed = " | " in first and _without_site_suffix(first) != first
    titled = windowed or (first.endswith(".") and _headline_with_full_stop(first, words))
    if (
        words > 30
        or (first.endswith(".") and not titled)
        or (" | " in first and not windowed)
        or (words == 1 and first.islower())  # a label ("artikel"), never a headline
        or _broken_at_comma(first, fields.text)
        or fields.facts.boilerplate(first)
        or is_bullet(first)
        or fields.facts.date(first) is not None
        or (
            fields.facts.paragraph_like(first)
            and not titled
            # (A headline in Title Case as long as a sentence, or asking a question, is a
            # headline all the same; so is one in sentence case over a byline or date line.)
            and not (
                words <= _TITLE_CASE_WORDS[1]
                and first[-1:] not in _HEADLINE_NO_ENDS
                # (A window title, the site's name after a dash, opens a whole page as often.)
                and not _dashed_tail(first)
                and (
                    _long_headline(first)
                    or (len(lines) > 1 and _header_line(lines[1], fields.facts))
                )
            )
        )
        # A byline, a bare dateline ("NEW DELHI:") or a photo credit opens a body, not a title.
        or fields.facts.byline(first) is not None
        or fields.facts.dateline(first) is not None
        or fields.facts.caption(first, strict=True) is not None
        or _credited_in_capitals(first) is not None
        or _bare_byline_above_date(lines, fields.facts)
    ):
        return False
    if len(lines) <= 3:
        return True
    facts = fields.facts
    return (
        any(
            facts.date(line) is not None
            or facts.byline(line) is not None
            # A word for "by" alone on a line, the name on the next ("By" / "Jane Roe").
            or (len(line) <= _BARE_LABEL_CHARS and line.lower() in _BARE_BYLINE_LABELS)
            for line in lines[1:5]
        )
        or any(
            facts.paragraph_like(line)
            or facts.dateline(line) is not None
            or facts.caption(line, strict=True) is not None
            for line in lines[1:3]
        )
    )


def _broken_at_comma(line: str, text: str) -> bool:
    """Whether ``line`` is a sentence broken off at a comma: the lede, wrapped, goes on below.

    A headline never ends with a comma. One broken over two lines may: in Title Case (``A Night
    at the Harbour Hotel,``), where a sentence holds a longer word in lower case, or with a
    blank line under it in ``text`` (the dump as given), where a wrapped lede goes on right
    under its first line.
    """
    if line[-1:] != "," or not any(
        len(word) >= _LOWER_WORD_CHARS and word.islower() for word in line.split()
    ):
        return False
    at = text.find(line)
    end = text.find("\n", at + len(line)) if at >= 0 else -1
    if end < 0:
        return False
    below = text.find("\n", end + 1)
    return bool(text[end + 1 : below if below >= 0 else len(text)].strip())


def _broken_at_link(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]`` is a sentence broken off before a link's text, not a headline.

    A copy of a page may set each link's text on a line of its own, the space before the link
    left at the end of the line above (``The harbour board has `` over ``voted``): the line,
    ending in a letter, goes on in the line below (see :func:`prepare_lines`). It is the lede.
    """
    line = lines[index]
    return (
        index + 1 < len(lines)
        and line[-1:].isalpha()
        and lines[index + 1] in fields.continued
        and _ends_with_space(fields.text, line)
    )


def _ends_with_space(text: str, line: str) -> bool:
    """Whether a line of ``text`` ends in ``line`` and a space (more blanks may follow it).

    The space that stood before a link: a blank added after it (another space, a tab) leaves it.
    (One search, linear: each place ``line`` and a space stand is read on over blanks only.)
    """
    return f"{line} \n" in text or (re.search(f"{re.escape(line)} [ \t]+\n", text) is not None)


def _dashed_tail(line: str) -> bool:
    """Whether ``line`` ends with a dash and a few words (a window title's site name)."""
    for dash in _SPACED_DASHES:
        if dash in line:
            return line.rpartition(dash)[2].count(" ") < _SITE_SUFFIX_WORDS
    return False


def _header_line(line: str, facts: LineFacts) -> bool:
    """Whether ``line`` is a labelled byline or a date line (what stands under a headline).

    Or both, the date after the word for "on": ``By Jane Doe on September 14, 2023``.
    """
    return (
        facts.byline(line) is not None
        or facts.date(line) is not None
        or (has_digit(line) and _by_name_on_date(line) is not None)
    )


def _long_headline(line: str) -> bool:
    """Whether ``line`` is in Title Case, the short words of :data:`_HEADLINE_SMALL_WORDS` aside.

    ``Flash Floods Swamp Hundreds of Homes After a Night of Heavy Rain``: its first word and
    every other word of letters open with a capital but for the short words; a sentence holds
    longer words in lower case.
    """
    words = line.split()
    if not words[0][:1].isupper():
        return False
    for word in words:  # noqa: SIM110 - a loop stops at the first word in lower case, no call
        if word[:1].islower() and word not in _HEADLINE_SMALL_WORDS:
            return False
    return True


def _headline_with_full_stop(line: str, words: int) -> bool:
    """Whether ``line``, ending in a full stop, is still a headline: a few words in Title Case.

    ``11-Year-Old Girl Graduates From City College.``: a sentence has words in lower case.
    """
    return (
        _TITLE_CASE_WORDS[0] <= words <= _TITLE_CASE_WORDS[1]
        and not line.endswith("..")
        and _is_headline(line)
    )


def _said_again_below(lines: list[str]) -> bool:
    """Whether a word of the first line comes again in the few lines under the date line.

    A headline's words come again in the lede (``Gempa Guncang Lombok`` over ``Gempa berkekuatan
    5,2 mengguncang Lombok ...``); a writer's name seldom does.
    """
    below = " ".join(lines[2 : 2 + _LEDE_LINES]).casefold()
    return any(
        len(word) >= _LEDE_WORD_CHARS and word.casefold() in below for word in lines[0].split()
    )


def _bare_byline_above_date(lines: list[str], facts: LineFacts) -> bool:
    """Whether the dump opens with a writer's bare name over the date line (no title line).

    ``Binsar`` over ``Thursday, 14-09-2023 | 11:22 am``: a headline is seldom a name of one to
    three words. But a blog's name over the date and the post's headline (a line of a few words
    that reads as no sentence, caption or code) is the page's title line, as before.
    """
    first = lines[0]
    if len(lines) < 2 or first.count(" ") >= _BARE_BYLINE_WORDS:
        return False
    if not first.isascii() and len(first) > _CJK_NAME_CHARS and _CJK_TEXT.search(first):
        return False  # a Chinese or Japanese headline, written without spaces: longer than a name
    if facts.date(lines[1]) is None:
        return False
    if len(lines) > 2:
        third = lines[2]
        if (
            _BARE_BYLINE_WORDS <= third.count(" ") + 1 <= _LISTED_HEADLINE_WORDS
            and not third.endswith(_SENTENCE_ENDS)
            and not is_paragraph_like(third)
            and facts.caption(third, strict=True) is None
        ):
            return False
    byline = facts.byline(first, bare=True)
    return byline is not None and bool(byline.authors)


def _settle_refused(fields: _Fields, refused: RefusedDate) -> None:
    """Read a date line refused as ambiguous again, where the dump settles it.

    A dump states no language; its body's common words and its other numeric dates may tell
    what the line left open (see :func:`~newsparse._normalize.refused.settle_refused`).
    """
    match = settle_refused(refused, text=fields.text, sample=_language_sample(fields.paragraphs))
    if match is None:
        return
    fields.warnings.remove(refused.warning)
    fields.add_date(match, refused.line)


def _language_sample(paragraphs: list[str]) -> str:
    """The body's first paragraphs, enough for the language guess (which counts common words)."""
    sample: list[str] = []
    size = 0
    for paragraph in paragraphs:
        sample.append(paragraph)
        size += len(paragraph)
        if size >= _LANGUAGE_SAMPLE:
            break
    return "\n".join(sample)


def _read_front_matter(lines: list[str], fields: _Fields) -> list[str]:
    """Take the fields of a tool's header block; return the lines after it."""
    if opens_with_no_fields(lines):
        return lines  # (most dumps: no block, and no label of the text)
    lines, table = field_table(lines)
    front, glued = read_front_matter(lines, table=table)
    lines = [glued, *lines[max(front.lines, 1) :]] if glued is not None else lines[front.lines :]
    fields.labelled_body = glued is not None and front.lines > 0
    fields.body_label = front.body_label
    if front.title is not None:
        fields.title = _without_site_suffix(front.title)
    if front.standfirst is not None:
        # (It was left out without a word: fuzz50.)
        fields.description = front.standfirst
    if front.authors is not None:
        fields.field_authors = True
        names = split_authors(_list_items(front.authors).replace(";", ","), strict=False)
        if (
            "|" in front.authors
            and (byline := fields.facts.byline(front.authors, bare=True)) is not None
            and byline.authors
        ):
            names = byline.authors  # "Ani Lestari | Editor: Budi": the writer, not the editor
        fields.add_authors(tuple(name for name in names if not _is_brand(name)))
    if front.date is not None:
        date = _HYPHENED_CLOCK.sub(r"\1 \2:\3:\4", front.date)
        value = _in_us_zone(date, parse_date(date))
        if value is None and (match := fields.facts.date(date)) is not None:
            # The date as a page prints its date line, with words after it (``... WIB - 2 jam
            # lalu``) or the update's date (``... | Diperbarui: ...``): read as that line.
            fields.add_date(match, date)
        else:
            fields.published = value
    if front.fetched is not None:  # kept unless a date line in the header gives the date
        fetched = _HYPHENED_CLOCK.sub(r"\1 \2:\3:\4", front.fetched)
        fields.published = _in_us_zone(fetched, parse_date(fetched))
        fields.fetched = True
    if front.modified is not None:
        fields.modified = _in_us_zone(front.modified, parse_date(front.modified))
    if front.site_name is not None:
        fields.site_name = front.site_name
    if front.url is not None:
        _stated_address(front.url, fields)  # (a value that is no web address is not kept)
    if front.tags is not None:
        fields.tags.extend(t.strip() for t in front.tags.split(",") if t.strip())
        fields.known_tags.update(fields.tags)
    return lines


def _list_items(value: str) -> str:
    """A field's value written as a list (``['Jane Doe', 'Cnn Business']``) as its items, by commas.

    A tool may write a list as its programming language prints it; another value is kept.
    """
    value = value.strip()
    if value[:1] != "[" or value[-1:] != "]":
        return value
    items = (
        found.group("single") or found.group("double") or ""
        for found in _QUOTED_ITEM.finditer(value)
    )
    return ", ".join(item.strip() for item in items if item.strip())


def _is_brand(name: str) -> bool:
    """Whether a name in a tool's author field is a brand, not a person.

    An acronym run on with one word in lower case (``AIVibe``), a bot account (``NewsBot``,
    ``News Bot``: a feed's poster), or a name with a word in title case of three letters or more
    and no vowel (``Cnn Business``: an outlet's acronym the tool wrote in title case, as no name
    is spelled).
    """
    return (
        _BRAND_NAME.match(name) is not None
        or _BOT_NAME.match(name) is not None
        or any(map(_TITLED_ACRONYM.fullmatch, name.split()))
    )


def _without_site_suffix(title: str) -> str:
    """A tool's title field without the site's name that the page's window title put after a bar.

    ``Harbour reopens after the storm | Harian Contoh`` gives the headline: a headline rarely holds
    a bar, while a window title ends with one and a short name. A title whose part before the bar
    is short (``Live | ...``) is kept whole.
    """
    head, bar, tail = title.rpartition(" | ")
    if (
        bar
        and len(tail.split()) <= _SITE_SUFFIX_WORDS
        and len(head.split()) >= _HEADLINE_WORDS
        and "|" not in head
    ):
        return head.strip()
    return title


def _without_outlet_prefix(title: str) -> str:
    """A headline without the outlet's name a digest put before it (``Daily Times: ...``).

    A headline a dataset's copy printed twice without a space between
    (``Harbour reopens after stormHarbour reopens after storm``) is the headline once.
    """
    half = len(title) // 2
    if len(title) % 2 == 0 and title[:half] == title[half:] and " " in title[:half]:
        title = title[:half]
    found = _OUTLET_PREFIX.match(title) if ": " in title[:60] else None
    if found is None or title[found.end() :].count(" ") + 1 < _HEADLINE_WORDS:
        return title
    return title[found.end() :]


def _read_title(lines: list[str], fields: _Fields) -> int:
    """Take the first line that is not boilerplate as the title; return the index after it."""
    for index, line in enumerate(lines):
        if fields.facts.boilerplate(line):
            continue
        if fields.facts.date(line) is not None:
            # A dump that opens with its date has no title line.
            return index
        if " " not in line and _section_over_headline(lines, index, fields.facts):
            # (A section's label is one word: a line of more is not lowered to be looked up.)
            fields.warnings.append(f"left out a section's label over the title: {excerpt(line)!r}")
            continue
        if " | " in line:
            fields.title = _without_site_suffix(line)
            if fields.title != line:
                fields.window_site = line.rpartition(" | ")[2].strip()
        else:
            fields.title = line
        if index + 1 < len(lines) and _continues_title(line, lines[index + 1], fields.facts):
            fields.title = f"{line} {lines[index + 1]}"
            return index + 2
        return index + 1
    return len(lines)


def _continues_title(title: str, line: str, facts: LineFacts) -> bool:
    """Whether ``line`` is the rest of a headline wrapped over two lines.

    A headline cut after a comma or a dash (``Di Hadapan Putin,``) goes on in the line under it,
    when that line is short and reads as none of the header's other lines (byline, date,
    dateline, caption or furniture).
    """
    if not line or len(title) + len(line) > _WRAPPED_TITLE_CHARS:
        return False
    if not title.endswith(_TITLE_BREAKS):
        return False  # (a line going on in lower case is as often "von Ann Lee", a byline)
    # After a comma, a line in lower case goes on with the headline even when it ends with a full
    # stop (``..., inspires generosity,`` over ``granting 90 wishes.``): no sentence opens so.
    after_comma = title[-1] == "," and line[0].islower()
    return not (
        line.count(" ") >= _WRAPPED_TITLE_SPACES
        or (not after_comma and (line.endswith(".") or is_paragraph_like(line)))
        or facts.date(line) is not None
        or facts.byline(line) is not None
        or facts.dateline(line) is not None
        or facts.boilerplate(line)
        or facts.caption(line, strict=True) is not None
    )


#: How a line starts that may be a byline, set in emphasis or not ("By ...", "*By ..."), and
#: the first characters of those.
_BY_STARTS = ("By ", "by ", "BY ", "*By ", "*by ", "_By ", "_by ")
_BY_FIRSTS = frozenset(start[0] for start in _BY_STARTS)
_ELLIPSES = ("...", "…")
#: A cut-off description is this many words long at least.
_CUT_OFF_WORDS = 8


def _read_by_line(line: str, fields: _Fields) -> bool:
    """Read a header line opening with a by-word that a byline's reading may miss; return if read.

    A line set in emphasis (``*By Jane Roe*``) is read as a byline; a by-word before a date
    alone (``By May 08, 2025 — 09:35 am EDT``: a tool wrote the date where the writer's name
    goes) dates the story; a by-word before the outlet or its staff (``By Example Times Staff
    Writer``, ``By The Associated Press``) names nobody and is left out with a warning, unless a
    name of two words or more stands before the staff's words (``By Jane Roe Staff Writer``).
    """
    inner = line[1:-1].strip() if line[:1] in "*_" and line[-1:] == line[:1] else line
    if inner[:3] not in ("By ", "by ", "BY "):
        return False
    rest = inner[3:].strip()
    match = fields.facts.date(rest)
    if (
        match is not None
        and match.value is not None
        and match.start == 0
        and match.end >= len(rest) - 1  # (the date alone: no name before or after it)
    ):
        if fields.published is None or fields.fetched:
            fields.add_date(match, rest)
        return True
    if inner is not line and _read_byline_and_date(inner, fields):
        _read_meta_place(inner, fields)
        return True  # (in emphasis, "*By Jane Roe | 3 May 2024*": the date as well as the name)
    byline = fields.facts.byline(inner)
    if byline is not None and byline.authors:
        if inner is line:
            return False  # (a plain byline: the header's own reading takes it)
        fields.add_authors(byline.authors)
        return True
    words = rest.split()
    if (
        len(words) <= _MAX_NO_ONE_WORDS
        and rest[-1:] not in ".!?"
        and (is_agency(rest) or not NOT_A_PERSON.isdisjoint(word.lower() for word in words))
    ):
        first = next(
            (at for at, word in enumerate(words) if word.lower() in NOT_A_PERSON), len(words)
        )
        if first >= _MIN_NAME_WORDS and is_person_name(name := " ".join(words[:first])):
            fields.add_authors((name,))  # (a name, then its role: "Jane Roe Staff Writer")
        else:
            fields.warnings.append(f"left out a byline that names no person: {excerpt(line)!r}")
        return True
    return False


def _read_meta_place(inner: str, fields: _Fields) -> None:
    """Take the place closing a by-line in emphasis, after its date, as the dateline.

    Markdown's meta line, as :func:`~newsparse.serialize.to_markdown` writes it, is ``*By Jane
    Roe · 2023-09-14T11:22:00 · JAKARTA*``: a writer, a date, and the dateline's place, each
    after a middle dot. The last part is the place when it holds no digit and is a few words
    at most; the writer and the date were read already.
    """
    head, mark, place = inner.rpartition(" · ")
    if (
        not mark
        or fields.dateline is not None
        or " · " not in head
        or len(place.split()) > _MAX_PLACE_WORDS
        or len(place) > MAX_DATELINE_CHARS
        or has_digit(place)
    ):
        return
    date = fields.facts.date(head.rpartition(" · ")[2])
    if date is not None and date.value is not None and place[:1].isupper():
        fields.dateline = place


#: A dateline's place in a by-line in emphasis is this many words at most ("WASHINGTON (AP)").
_MAX_PLACE_WORDS = 4
#: A byline naming the outlet or its staff has at most this many words after the by-word.
_MAX_NO_ONE_WORDS = 6
#: A name before the staff's words ("Jane Roe Staff Writer") has this many words at least.
_MIN_NAME_WORDS = 2


def _cut_off_description(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]`` is the description printed again and cut off (``... The Dow...``).

    A tool may print a feed's description, cut off with an ellipsis, above the text that opens
    with it in full: it is the article's description, not its text.
    """
    line = lines[index]
    if index + 1 >= len(lines) or not line.endswith(_ELLIPSES):
        return False
    stem = line.rstrip(".… ")
    below = lines[index + 1]
    if (
        stem.count(" ") + 1 < _CUT_OFF_WORDS
        or len(below) <= len(stem) + 1
        or not below.startswith(stem)
    ):
        return False
    if fields.description is None:
        fields.description = line
    fields.warnings.append(f"left out the description printed again, cut off: {excerpt(line)!r}")
    return True


def _not_in_header(line: str, fields: _Fields, *, bullet: bool) -> bool:
    """Leave out ``line`` of the header with a warning in ``fields``; return ``True``.

    An item of a list of other stories under its heading (``bullet``: ``Baca juga`` over
    bullets), or else the title written again (a tool's title field over the page's own
    headline). :func:`_read_header` tests which.
    """
    left_out = "an item of a list of other stories" if bullet else "the title written again"
    fields.warnings.append(f"left out {left_out}: {excerpt(line)!r}")
    return True


#: A heading over the story's key points, a list in the header that the text then tells in full
#: ("Key Points", "Key takeaways:"), compared case-folded without a closing colon.
_KEY_POINTS_HEADINGS = frozenset(("key points", "key takeaways"))
_KEY_POINTS_FIRSTS = frozenset(("Key ", "KEY ", "key "))
_KEY_POINTS_OPENINGS = frozenset(first[0] for first in _KEY_POINTS_FIRSTS)


def _key_points_end(lines: list[str], index: int, fields: _Fields) -> int:
    """Where the key-points box opening at ``lines[index]`` ends, or ``index`` if none opens there.

    A page may open the story with a short list of its points under a heading such as ``Key
    Points``; the text under it tells them in full. The heading must be followed at once by a
    list of bullets. The box is left out with a warning.
    """
    if lines[index].rstrip(":").casefold() not in _KEY_POINTS_HEADINGS:
        return index
    end = index + 1
    while end < len(lines) and is_bullet(lines[end]):
        end += 1
    if end == index + 1:
        return index
    fields.warnings.append(
        f"left out the key points above the text: {excerpt(lines[index])!r} and {end - index - 1} item(s)"
    )
    return end


#: A rule: one mark three times or more, perhaps spaced (``----------``, ``=====``, ``* * *``).
_RULE_LINE = re.compile(r"^([-=_*~#])(?: ?\1){2,}$")
_RULE_MARKS = "-=_*~#"


def _read_header(  # noqa: PLR0915 - one loop over the header lines, each kind written out
    lines: list[str], start: int, fields: _Fields
) -> int:
    """Read the short lines between the title and the body; return where the body starts.

    Recognised lines (byline, date, captions, share bars, related lists) do not count against the
    header's reach; only lines it cannot place do, so a long share bar does not push the body start
    out of sight.
    """
    index = start
    pending: list[str] = []  # unrecognised header lines, judged once the body start is known
    above = 0  # how many of them stand above a byline or date line: a standfirst, not body
    links = 0  # lines of links left out: they count against the reach as unplaced lines do
    in_list = False
    # The title folded once (the header reading sets no title), not once a line.
    title = fields.title.casefold() if fields.title is not None else None
    # (A line longer than the folded title is not it: no title, no line is.)
    title_length = len(title) if title is not None else -1
    body_heads = fields.body_heads
    end = min(len(lines), start + _HEADER_REACH)
    while (
        index < end
        and len(pending) + links < _HEADER_LINES
        and (not body_heads or lines[index] not in body_heads)
    ):
        line = lines[index]
        # (Each reading's cheap test first: most header lines need none of them.)
        opening = line[:1]
        if (
            opening in _KEY_POINTS_OPENINGS
            and line[:4] in _KEY_POINTS_FIRSTS
            and (end := _key_points_end(lines, index, fields)) > index
        ):
            # (the lines above the box are the header's, as above a byline; the text follows it)
            above, index = len(pending), end
            break
        # (A line's case folding is never shorter than the line: a longer one is not the title
        # again.)
        if (
            (
                (
                    (bullet := in_list and is_bullet(line))
                    or (len(line) <= title_length and line.casefold() == title)
                )
                and _not_in_header(line, fields, bullet=bullet)
            )
            or (line.endswith(_ELLIPSES) and _cut_off_description(lines, index, fields))
            or (
                opening in _BY_FIRSTS
                and line.startswith(_BY_STARTS)
                and _read_by_line(line, fields)
            )
        ):
            index += 1
            continue
        if opening in _RULE_MARKS and _RULE_LINE.match(line):
            # A rule in the header (a heading's underline, a scraper's line under the title)
            # holds no text: it is neither a paragraph nor a line to judge.
            index += 1
            continue
        in_list = fields.facts.list_header(line)
        if (opening == "(" or line[:6] in HIDDEN_LABEL_OPENINGS) and _picture_label(
            lines, index, fields
        ):
            index += 1
            continue
        known = (len(fields.authors), fields.published)
        if (
            in_list
            or _read_metadata(line, fields, header=True, lines=lines, index=index)
            # (Under a byline only the line right below it may be the job title.)
            or (
                (not fields.authors or lines[index - 1].endswith(fields.authors[-1]))
                and _read_byline_box(lines, index, fields)
            )
        ):
            if known != (len(fields.authors), fields.published):
                above = len(pending)  # a byline or date line under them
            index += 1
            continue
        if (
            # (LineFacts.dateline's own first test, without its call: a dash or a colon ends one)
            ("-" in line or ":" in line or "–" in line or "—" in line)
            and fields.facts.dateline(line) is not None
            and _credited_in_capitals(line) is None
            and not has_credit_label(line)  # ("FOTO: Kabar/Fulan" is no place's dateline)
        ):
            break  # a dateline opens the first paragraph (a caption may open with a kicker)
        if line in fields.link_lines:
            # A line of links under the title (the original's address, a translation) is a
            # tool's or a page's, not the story's text.
            fields.warnings.append(f"left out a line of links above the text: {excerpt(line)!r}")
            links += 1
        elif (
            # (_caps_byline's own first tests, without its call: once a byline, a date or a
            # site code is read, none is taken)
            not fields.authors
            and fields.published is None
            and fields.site_code is None
            and _caps_byline(lines, index, fields)
        ):
            fields.add_authors((line,))
        elif fields.site_code is None and (
            is_site_code(line)
            # A longer code in capitals ("HARIANKOTA") once the date line is read.
            or (fields.published is not None and _LONG_SITE_CODE.fullmatch(line) is not None)
        ):
            fields.site_code = line  # (never a caption: a credit needs more than capitals)
        elif (
            fields.site_code is None
            and fields.published is not None
            and "." in line
            and _ADDRESS_SITE_CODE.fullmatch(line) is not None
        ):
            # The outlet's address in the site code's place, once the date line is read.
            fields.site_code = line
            fields.site_name = fields.site_name or line
        elif (
            caption := fields.facts.caption(line, strict=False) or _described_picture(line)
        ) is not None:
            _add_header_caption(lines, index, caption, pending, fields, above=above)
        elif (
            fields.site_code is not None
            and lines[index - 1] == fields.site_code
            and _caption_under_site_code(lines, index, fields)
        ):
            fields.add_caption(line, None)
        elif is_relative_time(line):
            fields.warnings.append(
                f"left out a time relative to the visit, which dates nothing: {excerpt(line)!r}"
            )
        elif (
            index == start
            and fields.description is None
            and (
                _open_standfirst(lines, index)
                or _quoted(line, fields.text)
                or _glued_standfirst(lines, index, fields)
            )
        ):
            # A summary right under the title, with no sentence's end or set as a quote.
            fields.description = line
        elif (
            fields.facts.paragraph_like(line)
            and not _dateline_ahead(lines, index + 1, fields.facts)
            and not _header_ahead(lines, index + 1, fields.facts)
        ) or (
            "," in line
            and line.count(" ") < _LONE_DATELINE_LINE_WORDS
            and _lone_dateline(lines, index, fields) is not None
        ):
            break  # (the lede, or its dateline alone over it: read by _past_body_head)
        else:
            pending.append(line)
        index += 1
    index = _past_body_head(lines, index, fields)
    # (Most headers leave no line unplaced, and hold no credit line: nothing to call for.)
    if above:
        _read_standfirst(pending[:above], fields)
    if len(pending) > above:
        opens_with_dateline = fields.dateline is not None or (
            index < len(lines) and fields.facts.dateline(lines[index]) is not None
        )
        _judge_pending(
            pending[above:],
            fields,
            body_has_dateline=opens_with_dateline,
            first=lines[index] if index < len(lines) else None,
        )
    if fields.held_credit is not None:
        fields.drop_held_credit()
    return index


def _add_header_caption(
    lines: list[str],
    index: int,
    caption: tuple[str, str | None],
    pending: list[str],
    fields: _Fields,
    *,
    above: int,
) -> None:
    """Add ``caption``, read from the header line ``lines[index]``.

    A credit on a line of its own (``Foto: Fulan/Kabar``, read as ``caption`` with no text) right
    under the last header line left unplaced (``pending``), one that reads as a caption, credits
    that line: it is the picture's caption, taken from ``pending``, not a standfirst or body
    text. (The first ``above`` unplaced lines stand over a byline or date line: none of those.)
    """
    credit = caption[1]
    if (
        not caption[0]
        and credit
        and len(pending) > above
        and index > 0
        and pending[-1] == lines[index - 1]
        and _may_be_credited_caption(pending[-1], fields.facts)
    ):
        fields.add_caption(pending.pop(), credit)
    elif (
        not caption[0]
        and credit
        and not fields.paragraphs
        and not (fields.captions and fields.captions[-1].credit is None)
        and fields.held_credit is None
        and credit not in _PICTURE_KINDS  # ("Gambar hiasan" credits no one)
        and index + 1 < len(lines)
    ):
        # A credit line with no caption above it to credit may stand over its caption (``Foto:
        # Fulan/Kabar`` over ``Warga melintasi ...``): the line below takes it if it is read as
        # a caption without a credit (see :meth:`_Fields.add_caption`).
        fields.hold_credit(
            credit, lines[index + 1], f"a photo credit names no caption: {excerpt(credit)!r}"
        )
    else:
        fields.add_caption(*_with_credit_label(lines, index, caption))


def _may_be_credited_caption(line: str, facts: LineFacts) -> bool:
    """Whether an unplaced header line over a credit's own line may be the picture's caption.

    It is running text: as many words as a caption without a credit has at least, two of them or
    more in lower case (a share bar or a list of tags capitalises each), no question (a teaser)
    and no date (a byline box's line).
    """
    words = line.split()
    return (
        len(words) >= _CAPTION_WORDS
        and "?" not in line
        and sum(word[:1].islower() for word in words) >= _CAPTION_LOWER_WORDS
        and facts.date(line) is None
    )


def _past_body_head(lines: list[str], index: int, fields: _Fields) -> int:
    """Where the text opens, past a tool's heading over it (``## Article``) at ``index``.

    The heading is no byline, standfirst or paragraph: the header ends there. So is the lede's
    dateline alone on the line above it, with no dash (``KABAR.COM, SURABAYA``): it is read.
    """
    if index < len(lines) and lines[index] in fields.body_heads:
        fields.warnings.append(
            f"left out a tool's heading over the text: {excerpt(lines[index])!r}"
        )
        return index + 1
    lone = (
        _lone_dateline(lines, index, fields) if index < len(lines) and "," in lines[index] else None
    )
    if lone is not None:
        fields.dateline = lone.printed
        fields.site_name = fields.site_name or lone.source
        fields.warnings.append(
            f"read the lede's dateline from the line above it: {excerpt(lines[index])!r}"
        )
        return index + 1
    return index


def _read_byline_box(lines: list[str], index: int, fields: _Fields) -> bool:
    """Read ``lines[index]`` in the header as part of a byline box; return whether it was.

    A byline may give each writer's institution (``Jane Doe, University of Example and John Roe,
    Example Institute``: the names are read), and a box prints the name over the writer's job
    title (``Jane Doe`` over ``Senior Reporter``): the job title is neither a standfirst nor body
    text, and is left out.
    """
    line = lines[index]
    if not fields.authors:
        affiliated = affiliated_names(line) if ", " in line else ()
        if not affiliated and line[:1].isdigit():
            affiliated = _flat_byline_box(line, fields)
        if affiliated:
            fields.add_authors(affiliated)
            return True
        return False
    if index > 0 and is_job_title(line):
        fields.warnings.append(
            f"left out the writer's job title under the byline: {excerpt(line)!r}"
        )
        return True
    return False


def _flat_byline_box(line: str, fields: _Fields) -> tuple[str, ...]:
    """The writer of a byline box run into one line with its date, else ``()``; reads the date.

    A page copied as text may run the box's date, buttons, name and job title into one line
    (``10 June 2025 Share Save Jane Doe Example Times technology reporter Share Save``): the date
    opens it, a job title ends it (the buttons left out), and a name of two or three words stands
    between.
    """
    if not line[:1].isdigit():
        return ()  # (the date opens with its day)
    words = [word for word in line.split() if word not in _BOX_BUTTONS]
    if len(words) < _FLAT_BOX_WORDS or words[-1].casefold() not in JOB_TITLE_ENDS:
        return ()
    for opening in range(_FLAT_BOX_DATE_WORDS[0], _FLAT_BOX_DATE_WORDS[1] + 1):
        date = " ".join(words[:opening])
        match = fields.facts.date(date)
        if match is None or match.value is None:
            continue
        for length in (2, 3):
            name = " ".join(words[opening : opening + length])
            if is_job_title(" ".join(words[opening + length :])) and is_person_name(name):
                fields.add_date(match, date)
                return (name,)
        return ()
    return ()


def _name_over_job_title(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a bare name of two words or more over a job title's line."""
    return (
        index + 1 < len(lines)
        and 0 < lines[index].count(" ") < _BARE_NAME_SPACES
        and is_job_title(lines[index + 1])
        and is_person_name(lines[index])
    )


def _picture_label(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]``, in the header, is a picture's label with no caption: left out.

    A credit alone in brackets (``(Street map)``) above the text is no byline; a hidden label
    (``Image copyright Agency``, see :func:`_reader_label`) is the page's. A labelled credit
    (``(Foto: Fulan/Kabar)``) may credit the caption under it.
    """
    line = lines[index]
    if line[:6] in HIDDEN_LABEL_OPENINGS and (label := _reader_label(line)) is not None:
        _leave_out_furniture(label, line, fields)
        return True
    if (
        line[:1] == "("
        and line[-1:] == ")"
        and line.count(" ") < _BARE_CREDIT_WORDS
        and fields.facts.dateline(line) is None
        and fields.facts.date(line) is None
    ):
        warning = f"left out a picture credit without a caption: {excerpt(line)!r}"
        if (
            has_credit_label(line[1:])
            and fields.held_credit is None
            and not fields.paragraphs
            and not (fields.captions and fields.captions[-1].credit is None)
            and index + 1 < len(lines)
        ):
            text, credit = split_credit(line[1:-1])
            if not text and credit:
                fields.hold_credit(credit, lines[index + 1], warning)
                return True
        fields.warnings.append(warning)
        return True
    return False


def _caps_byline(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]`` is a byline in capitals right above the date line.

    In the layout of the title, the byline, the date line and the site code, the writer's name
    may be written in capitals (``BINSAR SIMATUPANG``). A name of two words or more is taken
    there; one word in capitals is as often a section's label (``NASIONAL``) or a site code, so
    it is taken only when a site code follows the date line (the code has its own place).
    """
    line = lines[index]
    if (
        fields.authors
        or fields.published is not None
        or fields.site_code is not None
        or not line.isupper()
        or index + 1 >= len(lines)
    ):
        return False
    words = line.count(" ") + 1
    if words > _CAPS_BYLINE_WORDS or fields.facts.date(lines[index + 1]) is None:
        return False
    if words == 1 and not (index + 2 < len(lines) and is_site_code(lines[index + 2])):
        return False
    # A date's label in capitals ("PUBLISHED ON") stands above a date line as a byline would.
    return not line.casefold().startswith(_DATE_LABELS) and is_person_name(line)


def _read_standfirst(lines: list[str], fields: _Fields) -> None:
    """Read the lines between the title and the byline or date: a standfirst, never body text.

    The first line of several words is the article's description; the rest (a kicker, a label)
    is reported in ``warnings``.
    """
    for line in lines:
        if fields.description is None and line.count(" ") >= _STANDFIRST_SPACES:
            fields.description = line
        else:
            fields.warnings.append(
                f"left out a header line that is not part of the article: {excerpt(line)!r}"
            )


def _quoted(line: str, text: str) -> bool:
    """Whether ``line`` was a Markdown block quote (``> ...``) in the dump ``text``."""
    if ">" not in text or "> " not in text:  # (the one character is found the faster)
        return False
    return _quote_opens_with(text, line[:_GLUE_PREFIX])


def _quote_opens_with(text: str, start: str) -> bool:
    r"""Whether a line of ``text`` is a block quote (``> ...``) whose text opens with ``start``.

    The same as searching ``(?m)^[ \t]*>[ \t]*`` followed by ``start`` (escaped), without a
    pattern compiled for each line: each place ``start`` stands is looked behind.
    """
    at = text.find(start)
    while at >= 0:
        mark = _blanks_before(text, at, " \t")
        if mark > 0 and text[mark - 1] == ">":
            opening = _blanks_before(text, mark - 1, " \t")
            if opening == 0 or text[opening - 1] == "\n":
                return True
        at = text.find(start, at + 1)
    return False


def _written_under(text: str, above: str, start: str) -> bool:
    r"""Whether a line of ``text`` opening with ``start`` stands right under one ending in ``above``.

    Blanks (spaces, tabs, no-break spaces) may stand around the line break (``\n`` or ``\r\n``).
    The same as searching ``above`` (escaped), ``[ \t\xa0]*\r?\n[ \t\xa0]*`` and ``start``
    (escaped), without a pattern compiled for each line: each place ``start`` stands is looked
    behind.
    """
    blanks = " \t\xa0"
    at = text.find(start)
    while at >= 0:
        end = _blanks_before(text, at, blanks)
        if end > 0 and text[end - 1] == "\n":
            end -= 1
            if _ends_with_blanked(text, end, above, blanks) or (
                end > 0
                and text[end - 1] == "\r"
                and _ends_with_blanked(text, end - 1, above, blanks)
            ):
                return True
        at = text.find(start, at + 1)
    return False


def _blanks_before(text: str, end: int, blanks: str) -> int:
    """Where the run of ``blanks`` characters that ends at ``end`` in ``text`` starts."""
    while end > 0 and text[end - 1] in blanks:
        end -= 1
    return end


def _ends_with_blanked(text: str, end: int, above: str, blanks: str) -> bool:
    """Whether ``text[:end]`` ends with ``above`` and then any run of ``blanks`` characters."""
    first = _blanks_before(text, end, blanks)
    return any(text.endswith(above, 0, cut) for cut in range(first, end + 1))


def _open_standfirst(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, right under the title, is a standfirst: a summary of the story.

    A line of running text that ends without a sentence's end (``... with a few holiday
    staples``), over a paragraph that opens a sentence and ends one: the story starts there.
    """
    line = lines[index]
    if (
        line.count(" ") + 1 < _OPEN_STANDFIRST_WORDS
        or line[-1:] in _OPEN_ENDS
        or index + 1 >= len(lines)
    ):
        return False
    below = lines[index + 1]
    return below[:1].isupper() and is_paragraph_like(below) and below.endswith(_SENTENCE_ENDS)


def _glued_standfirst(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]`` is a standfirst written on the title's heels.

    A line of a few words or more with no sentence's end, written right under the title with no
    blank line between, over a paragraph that stands apart from it (a blank line between) and
    opens and ends a sentence: the title and its summary make one block, the story starts under
    it.
    """
    line = lines[index]
    if (
        fields.title is None
        or line.count(" ") + 1 < _GLUED_STANDFIRST_WORDS
        or line.endswith(_SENTENCE_ENDS)
        or index + 1 >= len(lines)
    ):
        return False
    below = lines[index + 1]
    return (
        below[:1].isupper()
        and is_paragraph_like(below)
        and below.endswith(_SENTENCE_ENDS)
        and _written_under(fields.text, fields.title, line[:_GLUE_PREFIX])
        and not _written_under(fields.text, line, below[:_GLUE_PREFIX])
    )


def _caption_under_site_code(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]``, right under the site code, is a photo caption without its credit.

    In the layout of the site code over the picture (``MDN`` and, on the next line, the caption),
    a caption that lost its ``[credit]`` still tells itself from a first paragraph: the paragraph
    under it says most of it again (a caption often repeats the lede), or it is written on the
    site code's heels (no blank line between) and ends without a full stop.
    """
    if index == 0 or fields.site_code is None or lines[index - 1] != fields.site_code:
        return False
    if index + 1 >= len(lines) or not is_paragraph_like(lines[index + 1]):
        return False  # nothing under it to be the first paragraph
    line = lines[index]
    if line.count(" ") + 1 < _CAPTION_WORDS:
        return False
    if _repeated_by(line, lines[index + 1]):
        return True
    glued = _written_under(fields.text, fields.site_code, line[:_GLUE_PREFIX])
    return glued and not line.endswith(_SENTENCE_ENDS)


def _repeated_by(line: str, other: str) -> bool:
    """Whether ``other`` says most of ``line`` again: the share of its words found in ``other``."""
    words = [word.strip(_WORD_MARKS).casefold() for word in line.split()]
    following = {word.strip(_WORD_MARKS).casefold() for word in other.split()}
    return bool(words) and sum(word in following for word in words) >= _REPEATED_SHARE * len(words)


def _header_ahead(lines: list[str], index: int, facts: LineFacts) -> bool:
    """Whether a date line or byline follows closely: then a line of running text is a standfirst.

    A page's widget lines between them (``More Videos``, a player's ``Next up in 5``) do not
    count against the reach.
    """
    seen = 0
    for at, line in enumerate(lines[index:], index):
        if seen == _STANDFIRST_REACH:
            return False
        if facts.boilerplate(line) and facts.date(line) is None and not facts.list_header(line):
            continue  # (a list's heading counts: its headlines follow it)
        seen += 1
        if facts.paragraph_like(line) or facts.role(line) == "end":
            return False
        if facts.date(line) is not None or is_byline_label(line):
            return True
        if line.count(" ") < _BYLINE_WORDS and facts.byline(line) is not None:
            return True
        if 0 < line.count(" ") < _BARE_NAME_SPACES and _name_over_job_title(lines, at):
            return True  # a byline box: the name over the writer's job title
    return False


def _dateline_ahead(lines: list[str], index: int, facts: LineFacts) -> bool:
    """Whether a paragraph opening with a dateline follows within the header's reach.

    A list of other stories ("Berita Terkait" and its bullets) between a caption and the first
    paragraph does not count against the reach.
    """
    clean = facts.clean_lines
    ahead = lines[index : index + _DATELINE_LOOKAHEAD]
    block = "\n".join(ahead)
    if (
        clean
        and not ("-" in block or ":" in block or "–" in block or "—" in block)
        and all(map(heads_no_list, ahead))
    ):
        # (Most headers end over paragraphs: none of the next few lines holding a dash or a
        # colon, none ends a dateline, and none heading a list, each counts against the reach:
        # the loop below would read no dateline before the reach ends, nor after the last line.)
        return False
    seen = 0
    in_list = False
    # (Each fact's own first test written here, without its call: the lines ahead are mostly
    # paragraphs, which a clean line's length tells heading no list (heads_no_list, as
    # LineFacts.list_header reads it for a line asked alone), and which hold no dash or colon to
    # end a dateline (LineFacts.dateline's guard).)
    for line in lines[index : index + _HEADER_REACH]:
        if in_list and is_bullet(line):
            continue
        in_list = not (clean and heads_no_list(line)) and facts.list_header(line, alone=True)
        if in_list:
            continue
        if (
            ("-" in line or ":" in line or "–" in line or "—" in line)
            and facts.dateline(line) is not None
            and not facts.boilerplate(line)
        ):
            return True
        seen += 1
        if seen == _DATELINE_LOOKAHEAD:
            return False
    return False


def _judge_pending(
    pending: list[str], fields: _Fields, *, body_has_dateline: bool, first: str | None
) -> None:
    """Decide what unrecognised header lines are: captions, noise to report, or paragraphs.

    Above a paragraph that opens with a dateline nothing is body text, so a line of running text
    there is a caption without a credit, unless that first paragraph says most of it again, or
    a longer paragraph further down opens with it: then it is a summary of the story (the
    description). A pull quote, a headline in Title Case
    (another story) or a short line (a widget label) is page furniture, reported in
    ``warnings``. Without a dateline the body's start is uncertain, so the lines are kept as
    paragraphs.
    """
    for position, line in enumerate(pending):
        if not body_has_dateline:
            if (
                position
                and line in fields.continued
                and fields.paragraphs[-1:] == [pending[position - 1]]
            ):
                # (the rest of a sentence broken off at a link's text: see _joined_above)
                fields.paragraphs[-1] = _gone_on(fields.paragraphs[-1], line)
            else:
                fields.paragraphs.append(line)
        elif (
            fields.description is None
            and first is not None
            and line.count(" ") >= _STANDFIRST_SPACES
            and (
                _repeated_by(line, first)
                # (or a longer paragraph further down opens with it: the story's summary)
                or (line.count(" ") + 1 >= _CAPTION_WORDS and _opens_longer_line(line, fields.text))
            )
        ):
            fields.description = line
        elif (
            len(line.split()) >= _CAPTION_WORDS
            and not _PULL_QUOTE.search(line)
            and not _is_headline(line)
        ):
            # Known to be a caption now, so a credit opening it ("Twitter @Persib ...") may be
            # split off.
            fields.add_caption(*split_credit(line, known_caption=True))
        else:
            fields.warnings.append(
                f"left out a header line that is not part of the article: {excerpt(line)!r}"
            )


def _opens_longer_line(line: str, text: str) -> bool:
    """Whether a line of ``text`` opens with ``line`` and goes on with more words."""
    found = text.find(f"\n{line} ")
    while found >= 0:
        after = found + len(line) + 2
        if text[after : after + 1].strip():
            return True
        found = text.find(f"\n{line} ", after)
    return False


def _is_headline(line: str) -> bool:
    """Whether every word of ``line`` that starts with a letter is capitalised (Title Case)."""
    words = [word for word in line.split() if word[:1].isalpha()]
    return bool(words) and all(word[0].isupper() for word in words)


def _holds_cjk(line: str) -> bool:
    """Whether ``line`` holds a kana, a Chinese character or a hangul syllable."""
    return _CJK_CHAR.search(line) is not None


def _may_be_bare_cjk_name(line: str, fields: _Fields) -> bool:
    """Whether the non-ASCII ``line`` of the header may be a writer's name without a label.

    Any line but one in Chinese, Japanese or Korean may. Such a line may when it names the
    writer's role (``記者 王小明``, ``김철수 기자``), or when it has a name's shape
    (:data:`_CJK_NAME`: ``山田太郎``, ``大渡 美咲``, not ``完了しました``) and stands where a
    writer's name stands: right under the title (or under the headline a tool's title adds the
    outlet's name to), or beside the date line (:func:`_near_date`).
    """
    if not _holds_cjk(line):
        return True
    lines, start = fields.header
    try:
        index = lines.index(line, start)  # (its first place in the header: where it is read)
    except ValueError:
        return False  # (not a line of the header: no place to judge it by)
    words = line.split()
    if len(words) == 2 and (words[1] in NAME_ROLE_SUFFIXES or words[0].endswith(NAME_ROLE_ENDINGS)):
        return True
    return _CJK_NAME.fullmatch(line) is not None and (
        index == start
        # (under the title written again, or the headline a tool's title adds the outlet to)
        or (
            index == start + 1
            and fields.title is not None
            and fields.title.casefold().startswith(lines[start].casefold())
        )
        or _near_date(lines, index, fields)
    )


def _near_date(lines: Sequence[str], index: int, fields: _Fields) -> bool:
    """Whether a date line stands right above or right below ``lines[index]``.

    A byline in Chinese, Japanese or Korean with no label is a name alone on its line
    (``山田太郎``), as short as a page's menu words (``新規登録``, ``下一篇``), which no test of
    the word tells from a name. Where a page prints a writer's bare name, it prints the story's
    date beside it, above or under it (past the items of a list of sections between them); a
    menu word stands apart from any date.
    """
    date = fields.facts.date
    for above in lines[max(index - _CJK_NAME_ABOVE, 0) : index]:
        if date(above) is not None:
            return True
    for below in lines[index + 1 : index + 1 + _CJK_NAME_REACH]:
        if not is_bullet(below):
            return date(below) is not None
    return False


#: A word for "by" alone on a line, or a label ending in one (``Written by``), with no colon: a
#: page's byline whose name stands in an element of its own, on the next line.
_BARE_BYLINE_LABELS = frozenset(
    (*BYLINE_WORDS, *(label for label in AUTHOR_LABELS if label.rsplit(" ", 1)[-1] in BYLINE_WORDS))
)
_BARE_LABEL_WORDS = max(label.count(" ") + 1 for label in _BARE_BYLINE_LABELS)
#: The most words of an update's label alone on its line (``dernière mise à jour``).
_UPDATE_LABEL_WORDS = max(label.count(" ") + 1 for label in UPDATE_LABELS)
#: The most words a field of the page's address has (``Source URL: https://...``).
_ADDRESS_FIELD_WORDS = 3
_BARE_LABEL_CHARS = max(map(len, _BARE_BYLINE_LABELS))
#: A writer's name run into the handles of the writer's accounts, as a Markdown byline of links
#: prints once the links go (``[Jane Doe](...)[@janedoe](...)`` gives ``Jane Doe@janedoe``).
_HANDLED_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:@[\w.]{2,40}){1,4}$"
)
_HANDLED_NAME_WORDS = 4
#: A writer's e-mail address alone on a line (under the byline: ``Oleh RIZKY PRATAMA`` over
#: ``rizky@outlet.example``).
_MAIL_LINE = re.compile(r"^<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?$")
#: The word for "on" before the date a footer's note ends with, its title in quotes before it
#: (``Artikel ini telah tayang di Kabar.com dengan judul "...", pada Kamis, 14/09/2023 @ 11:22``).
_FOOTER_DATE_WORDS = (" pada ", " on ")
#: A header line longer than this is read as no byline (:meth:`LineFacts.byline`'s bound) and no
#: date line (:meth:`LineFacts.date`'s is lower).
_MAX_BYLINE_CHARS = 200


def _read_metadata(
    line: str,
    fields: _Fields,
    *,
    header: bool,
    boiler: bool | None = None,
    lines: list[str] | None = None,
    index: int = 0,
) -> bool:
    """Fill a field from a byline, date, tags or boilerplate line; return whether ``line`` was one.

    ``boiler``, when given, is what ``fields.facts.boilerplate(line)`` says (the body's reading
    knows it from the line's kinds). ``lines`` and ``index``, when given, place a header line:
    a word alone there is a writer's bare name only where :func:`_may_be_lone_name` says so.
    """
    # A tags line and a byline label hold a colon: a line without one is not tested for either.
    colon = ":" in line or "：" in line
    # A tags line is boilerplate: the line's kinds (already read by both callers) tell it first.
    if (
        colon
        and (fields.facts.boilerplate(line) if boiler is None else boiler)
        and _read_tags(line, fields)
    ):
        return True
    words = line.count(" ") + 1
    facts = fields.facts
    lone = False  # a word alone in the header read as a name where no name stands
    if (label := fields.byline_label) and _read_labelled_name(line, label, words, fields):
        return True
    if colon and is_byline_label(line):
        fields.byline_label = line
        return True
    if header and words > _BYLINE_WORDS and len(line) > _MAX_BYLINE_CHARS:
        # Running text (the lede, mostly): too long for a date line and a byline, and too many
        # words for each test below but the boilerplate's (and a CJK update's, for a non-ASCII
        # line once the date is known). The reading below would come to the same.
        if (
            fields.published is not None
            and not line.isascii()
            and (update := yearless_cjk_update(line, fields.published))
        ):
            fields.add_date(update, line)
            return True
        return (facts.boilerplate(line) if boiler is None else boiler) and _left_out(line, fields)
    if words <= _BARE_LABEL_WORDS and not fields.authors and line.lower() in _BARE_BYLINE_LABELS:
        fields.byline_label = line  # "By" or "Written by" alone, the name on the next line
        return True
    if (
        header
        and lines is not None
        and words <= _UPDATE_LABEL_WORDS
        and index + 1 < len(lines)
        and boilerplate.is_update_label(line)
        and facts.date(lines[index + 1]) is not None
    ):
        return True  # an update's label alone, its date on the next line (read there, below)
    if header or fields.published is None:
        match = facts.date(line)
        if match is not None:
            if (
                header
                and lines is not None
                and index
                and boilerplate.is_update_label(lines[index - 1])
            ):
                # The date under an update's label alone (a rendering that writes each piece of
                # text on its own line breaks "Updated" from its date) is the update's, as on one
                # line.
                fields.add_date(match, f"{lines[index - 1]} {line}")
                return True
            # "By Jane Doe | 13 Sep 2023" reads as a date line with a source tag: the name counts.
            # (A date expression as long as the line leaves no room for a name: most date lines.)
            if (
                words <= _BYLINE_WORDS
                and match.end - match.start < len(line)
                and _read_byline_and_date(line, fields, header=header)
            ):
                return True
            fields.add_date(match, line)
            return True
        if (
            fields.published is not None
            and not line.isascii()  # (a CJK label: most lines are turned away here)
            and (update := yearless_cjk_update(line, fields.published))
        ):
            fields.add_date(update, line)  # (an update line with no year: the publication's)
            return True
    elif (
        fields.window_day is not None
        and (match := facts.date(line)) is not None
        and match.value is not None
        and day_of(match.value) == fields.window_day
    ):
        return True  # the window title's date shown again over the text
    elif (
        line[:1] in _DATE_FOOTER_FIRSTS
        and _DATE_FOOTER.match(line)
        and (match := facts.date(line)) is not None
    ):
        fields.add_date(match, line)  # a footer's date under the text, the date read above
        return True
    if (facts.boilerplate(line) if boiler is None else boiler) or (
        words <= _WIDGET_WORDS and line[-1:] in _WIDGET_ENDS and _WIDGET_LINE.match(line)
    ):
        return _left_out(line, fields)
    if (
        header
        and (
            (words == 1 and (line[:4].lower() in _ADDRESS_STARTS or "@" in line))
            or (colon and words <= _ADDRESS_FIELD_WORDS)
        )
        and _read_header_address(line, fields, lines, index, words=words)
    ):
        return True
    if (
        header
        and "@" in line
        and not fields.authors
        and words <= _HANDLED_NAME_WORDS
        and (handled := _HANDLED_NAME.match(line)) is not None
    ):
        # A Markdown byline's links printed together: the name, then the writer's handles.
        fields.add_authors((handled.group("name"),))
        return True
    if header or words <= _BYLINE_WORDS:
        # A bare name, but not a greeting opening a letter or a post ("Hallo,").
        # (A name in Chinese, Japanese or Korean only where a writer's name stands.)
        bare = (
            header
            and not fields.authors
            and words <= 6
            and (words > 1 or line[-1:] != ",")
            and (line.isascii() or _may_be_bare_cjk_name(line, fields))
        )
        byline = facts.byline(line, bare=bare)
        if (
            byline is not None
            and header
            and ", " in line
            and words <= _PLACE_OUTLET_WORDS
            and len(line) <= MAX_DATELINE_CHARS
            and (found := _PLACE_OUTLET_LINE.match(line)) is not None
        ):
            # The dateline on a line of its own in the header (``JAKARTA, Kabar.com``): no byline.
            fields.dateline = fields.dateline or line
            fields.site_name = fields.site_name or found.group("outlet")
            return True
        if (
            byline is not None
            and words == 1
            and bare
            and lines is not None
            and not _may_be_lone_name(lines, index, facts)
        ):
            lone = True  # (read below as no byline; the header's reach counts it as read)
            byline = None
        if byline is not None:
            if (
                header
                or not fields.authors
                or not fields.paragraphs
                or fields.field_authors
                or any(map(fields.has_author, byline.authors))
            ):
                # (Below the text, once a byline above it named the writer, a byline naming
                # none of the writers is another story's, in a list of other stories: left out.
                # A tool's author field may name only some of the writers: then the text's
                # bylines still count.)
                fields.add_authors(byline.authors)
            return True
    # (A date holds a digit: a line without one is not read for a byline and a date.)
    if (
        words <= _BYLINE_WORDS
        and has_digit(line)
        and _read_byline_and_date(line, fields, header=header)
    ):
        return True
    if words <= 4 and line.endswith(("-", "–", "—")):
        dateline = fields.facts.dateline(line)
        if dateline is not None:
            fields.dateline = fields.dateline or dateline  # "Jakarta -" on a line of its own
            return True
    if lone:
        fields.warnings.append(f"left out a word alone that names no writer: {excerpt(line)!r}")
    return lone


#: The spaces of a line of running text that a boilerplate opening does not leave out without a
#: word: 25 words at least (a copyright notice or a "Read more:" link has fewer).
_BOILERPLATE_TEXT_SPACES = 24


def _left_out(line: str, fields: _Fields) -> bool:
    """Leave out ``line``, boilerplate; warn when it reads as running text. Returns ``True``.

    A boilerplate opening (``Copyright``, ``Source:``, ``More:``, ``Advertisement``) before a
    paragraph of 25 words or more ending as a sentence or a clause does (:func:`_ends_a_clause`)
    left the paragraph out without a word (fuzz51).
    """
    if line.count(" ") >= _BOILERPLATE_TEXT_SPACES and _ends_a_clause(line):
        fields.warnings.append(
            f"left out running text that opens as boilerplate: {shortened(line)!r}"
        )
    return True


def _footer_date(line: str, facts: LineFacts) -> DateMatch | None:
    """The date a note pointing to the original story ends with after "on", if any.

    ``Artikel ini telah tayang di Kabar.com dengan judul "...", pada Kamis, 14/09/2023 @ 11:22``:
    the quoted title before it leaves the line too long or too marked to read as a date line
    whole. (Only such a note, told by the caller: "on" a date closes many a sentence.)
    """
    lowered = line.lower()
    at = max(lowered.rfind(word) for word in _FOOTER_DATE_WORDS)
    if at < 0:
        return None
    return facts.date(line[at:].split(" ", 2)[2])


def _close_bylines(fields: _Fields) -> None:
    """Once the text is read: name a byline's label left with no name, and the writer above.

    The writer a byline's label names over the headline (:func:`_read_date_above`) is the
    author where no byline under the headline or the text named one.
    """
    if fields.byline_label is not None:
        _label_without_name(fields)
    if fields.writers_above and not fields.authors:
        fields.add_authors(fields.writers_above)


def _label_without_name(fields: _Fields) -> None:
    """Leave out, with a warning, a byline's label on the dump's last line: no name came under it."""
    label, fields.byline_label = fields.byline_label, None
    fields.warnings.append(f"left out a byline's label with no writer's name under it: {label!r}")


def _read_labelled_name(line: str, label: str, words: int, fields: _Fields) -> bool:
    """Read the writer ``line`` names under a byline's ``label`` on a line of its own, if it does.

    (``Author of the article:``, or ``By`` alone, then the name; ``words`` is how many ``line``
    holds.) A label with no name under it is left out with a warning.
    """
    fields.byline_label = None
    byline = None
    if words <= _LABELLED_NAME_WORDS:
        byline = fields.facts.byline(line, bare=True) or _name_before_site(line, fields)
    if byline is not None:
        fields.add_authors(byline.authors)
        return True
    fields.warnings.append(
        f"left out a byline's label with no writer's name under it: {excerpt(label)!r}"
    )
    return False


def _name_before_site(line: str, fields: _Fields) -> Byline | None:
    """The writer a name line under a byline's label names before the site's name, if it does.

    A page sets the outlet beside the writer (``By`` over ``Jane Roe  Example News``), and a dump
    that runs the two together ends the name's line with the name its window title gave the site.
    That name is then the site's.
    """
    site = fields.window_site
    if not site or not line.endswith(site) or line[-len(site) - 1 : -len(site)] != " ":
        return None
    name = line[: -len(site)].rstrip(" ,|-–—")
    byline = fields.facts.byline(name, bare=True) if name else None
    if byline is not None:
        fields.site_name = fields.site_name or site
    return byline


def _may_be_lone_name(lines: list[str], index: int, facts: LineFacts) -> bool:
    """Whether the one-word header line ``lines[index]`` may be a writer's bare name.

    A page prints a writer's one name (``Binsar``) next to the date line, or under a by-word
    standing on a line of its own (``von`` over ``Kathrin``). Elsewhere a word alone in the
    header is a section's, a widget's or a heading's (``Politik``, ``Summary``, ``Menu``), and a
    word ending with a full stop ends a sentence (``Berlin.``). A date's label broken off over
    the date (``Published``) and a tool's field label without its colon (``Judul``,
    ``Summary``) are no names even there. A word in Chinese, Japanese or
    Korean is left to its own reading (:func:`_may_be_bare_cjk_name`).
    """
    line = lines[index]
    if line[-1:] == "." or line.casefold() in _NO_LONE_NAMES:
        return False  # (a sentence's end, or a date's or a tool's label: ``Summary``, ``Judul``)
    if not line.isascii() and _holds_cjk(line):
        return True
    if index + 1 < len(lines) and (
        facts.date(below := lines[index + 1]) is not None or is_relative_time(below)
    ):
        return True
    if index == 0:
        return False
    above = lines[index - 1]
    if facts.date(above) is not None:
        return True
    return above.count(" ") < _BY_WORD_SPACES and facts.byline(f"{above} {line}") is not None


#: Words alone on a line that are no writer's one name even by the date line: a date's label
#: broken onto a line of its own over the date (``Published``, ``Posted``, ``Publiziert``: the
#: labels of one word, and the first word of a label and its preposition), and a tool's field
#: label that lost its colon (``Judul``, ``Summary``).
_NO_LONE_NAMES = LABEL_WORDS | frozenset(
    label.split()[0]
    for label in _DATE_LABELS
    if " " not in label or label.split()[1:] in (["on"], ["am"], ["le"], ["el"], ["il"], ["op"])
)
#: A by-word on a line of its own over a writer's one name (``von``, ``Erstellt von``) holds
#: fewer spaces than this.
_BY_WORD_SPACES = 2


def _read_tags(line: str, fields: _Fields) -> bool:
    """Add the tags of a ``Tags: a, b`` line; return whether ``line`` was one."""
    tags = boilerplate.parse_tags_line(line)
    if tags is None:
        return False
    # A set kept with the list: a line may hold tens of thousands of tags, and a dump thousands
    # of tags lines (building the set again for each line was quadratic).
    known = fields.known_tags
    for tag in tags:
        if tag not in known:
            known.add(tag)
            fields.tags.append(tag)
    return True


def _may_hold_byline_and_date(line: str, facts: LineFacts) -> bool:
    """Whether ``line`` may hold a byline and a date split by ``_BYLINE_DATE_SPLIT``.

    A date holds a digit; the split is a mark or word between spaces. In a printable line every
    space is U+0020 (any other is unprintable), so the split is then a mark or word with one
    such space on either side, found by a substring test where the pattern's search tries every
    space of the line. ``facts`` may know every line printable (then it is not read again).
    """
    if not has_digit(line):
        return False
    if not facts.printable and not line.isprintable():
        return True  # another space may stand where the pattern reads one
    # (The marks of _SPACED_SPLITS, each tested in line: a call of ``line.__contains__`` through
    # ``map`` costs several times the search. A spaced mark only where the mark alone is: one
    # character is found at memchr speed, three are not.)
    if (
        ("-" in line and " - " in line)
        or " – " in line
        or " — " in line
        or ("|" in line and " | " in line)
        or " • " in line
        or " · " in line
    ):
        return True
    lowered = line.lower()
    return " by " in lowered or " oleh " in lowered


def _by_name_on_date(line: str) -> re.Match[str] | None:
    """A byline going on with its date after the word for "on" (:data:`_BY_NAME_ON_DATE`).

    Tried only on a line opening with a letter such a byline opens with (``By``, ``Oleh``,
    ``Posted``, ``Written``, ``Reported``, ``Ditulis``...).
    """
    return _BY_NAME_ON_DATE.match(line) if line[:1] in _BY_NAME_ON_FIRSTS else None


def _read_byline_and_date(line: str, fields: _Fields, *, header: bool = False) -> bool:
    """Read a line holding both a byline and a date; return whether it was one.

    ``Oleh Ani - Rabu, 13 Sep 2023 15:04 WIB``, ``Posted on September 13, 2023 by Ani``,
    ``By Jane Doe | 13 Sep 2023``, ``Name - site | Kamis, 05/11/2015 10:08 WIB``,
    ``Veröffentlicht am 13. September 2023 von Ani``. In the header (``header``), before any
    byline, also a bare name of two words or more before a bar, a bullet or a dash and the date
    line after it: ``Jane Doe | September 14, 2023``, ``Ani Lestari, Kabar.com | 14 Sep 2023``.
    """
    if not has_digit(line):
        return False  # (a date holds one)
    if (on := _by_name_on_date(line)) is not None:
        byline = fields.facts.byline(on.group("name"), bare=True)
        date = fields.facts.date(on.group("when"))
        if byline is not None and byline.authors and date is not None:
            fields.add_authors(byline.authors)
            fields.add_date(date, on.group("when"))
            return True
    labelled = _LABELLED_DATE_BY.match(line) if line[:1] in _DATE_BY_FIRSTS else None
    if labelled is not None:
        date = fields.facts.date(line[: labelled.end(2)])
        byline = fields.facts.byline(labelled.group(3), bare=True)
        if date is not None and byline is not None and byline.authors:
            fields.add_authors(byline.authors)
            fields.add_date(date, line[: labelled.end(2)])
            return True
    glued = _GLUED_DATE.search(line) if not fields.authors else None
    if glued is not None:
        # A page copied as text glues the byline to the date ("Jane DoeJuly 24, 2022 at 7 p.m."):
        # read when no byline named the writer (else it is a label's or an outlet's name).
        byline = fields.facts.byline(line[: glued.start()], bare=True)
        date = fields.facts.date(line[glued.start() :])
        if byline is not None and byline.authors and date is not None:
            fields.add_authors(byline.authors)
            fields.add_date(date, line[glued.start() :])
            return True
    if not _may_hold_byline_and_date(line, fields.facts):
        # (Else the pattern nearly always splits the line: its matches are read.)
        return ":" in line and ": " in line and _read_glued_by_label(line, fields)
    facts = fields.facts
    # (A bare name before the mark, the date after it: only a header's line before any byline.)
    named_first = header and not fields.authors
    for found in _BYLINE_DATE_SPLIT.finditer(line):
        left, right = line[: found.start()], line[found.end() :]
        mark = found.group(0).strip().lower()
        by = mark in ("by", "oleh")
        # (After "by" the name follows the word: what stands before it is a label, "Ditulis".)
        dash = mark in _DASH_ENDS
        for names, when, after in (
            ((right, left, True),)
            if by
            else (
                (left, right, False),
                (right, left, True),
            )
        ):
            # A bare name only after "by", or as "Name - site" (a reporter and the outlet).
            # The byline is read first: it is the cheaper test, and most such lines name nobody.
            # (Or a name of two words or more after a date in figures and a dash:
            # ``14/09/2023 - Ani Lestari``. A date in words may have a place after it, and a
            # date before a bar a section's name: ``26.04.24 | Wirtschaft``. Or a name before a
            # dash and the outlet's one word run into the date: ``Ani - Kabarnews Kamis, ...``.)
            outlet_date = (
                _date_after_outlet(when, facts)
                if dash and not after and " " in names and "," not in names
                else None
            )
            bare = (
                by
                or " - " in names
                or outlet_date is not None
                or (after and dash and " " in names and _FIGURES_DATE.match(when) is not None)
            )
            name_first = False
            if not (
                bare
                or "|" in names
                or "•" in names
                or "·" in names
                or names[:1] == "("
                or opens_with_label(names)
            ):
                # (No mark, label or bracket: LineFacts.byline reads no byline in it, but for a
                # bare name of two to four words first in a header's line, read bare: its date
                # line must then open what follows the mark, below.)
                # (The name's words counted before a comma; one word only before the outlet's
                # address: ``Ani, Kabar.com``.)
                name, comma, outlet = names.partition(",")
                spaces = name.count(" ")
                if not (
                    named_first
                    and not after
                    and spaces < _NAME_FIRST_WORDS
                    and (spaces or (comma and "." in outlet))
                ):
                    continue
                name_first = bare = True
            byline = facts.byline(names, bare=bare)
            if byline is None or not byline.authors:
                continue
            date, dated = outlet_date or (facts.date(when), when)
            if date is None or (name_first and date.start):
                continue  # (a bare name's date line opens what follows the mark)
            fields.add_authors(byline.authors)
            fields.add_date(date, dated)
            return True
    return ":" in line and ": " in line and _read_glued_by_label(line, fields)


def _date_after_outlet(text: str, facts: LineFacts) -> tuple[DateMatch, str] | None:
    """The date line after an outlet's one word in ``text`` (``Kabarnews Kamis, 14 Sep 2023 11:22``).

    A page's date element, with its time; the outlet's name a word with a capital and no digit.
    Only where ``text`` whole reads as no date line; returned with the date line's text.
    """
    outlet, _, rest = text.partition(" ")
    if ":" not in rest or not outlet.isalpha() or outlet.islower() or facts.date(text) is not None:
        return None
    date = facts.date(rest)
    return None if date is None or date.start else (date, rest)


def _read_glued_by_label(line: str, fields: _Fields) -> bool:
    """Read a date line with a writer's label glued after it, with no mark between.

    ``Kamis, 14/09/2023 11:22 WIB Oleh: Ani``, ``Wednesday, 13-09-2023 | 03:04 pm By: Jane Doe``
    (a page's date and byline elements copied onto one line). Return whether it was one.
    """
    label = _GLUED_BY_LABEL.search(line)
    if label is None:
        return False
    byline = fields.facts.byline(line[label.end() :])
    if byline is None or not byline.authors:
        return False
    date = fields.facts.date(line[: label.start()])
    if date is None:
        return False
    fields.add_authors(byline.authors)
    fields.add_date(date, line[: label.start()])
    return True


def _read_body(  # noqa: PLR0915 - one loop over the lines, each kind written out
    lines: list[str], start: int, fields: _Fields
) -> None:
    """Read paragraphs, captions and trailers from ``start`` to the end.

    Most lines of a body are paragraphs of running text or a page's plain short lines, told
    once each (see :func:`_plain_lines`); only the others are read for every kind of line in turn.
    """
    in_list = False
    ended = False
    end_line = ""
    left_text = 0  # (lines of running text after the story's end)
    last = len(lines) - 1
    paragraphs = fields.paragraphs
    # The lines known to be running text once the date is read, by a first test of a few
    # characters (see _plain_lines): most of a story's body. (Told only for a dump of long lines:
    # a whole page's many short ones would cost the pass more than it saves.) Each other line is
    # told by its verdict (see _line_verdict) when it may be a paragraph, and else read in full.
    plain = (
        _plain_lines(lines, start, fields)
        if fields.published is not None and len(fields.text) > _PLAIN_LINE_CHARS * len(lines)
        else b""
    )
    read = 0
    # (Read once: each stays the same object through the walk.)
    kinds = fields.facts.kinds
    appended = fields.appended
    pictures = fields.pictures
    continued = fields.continued
    indexes = iter(range(start, len(lines)))
    for index in indexes:
        line = lines[index]
        if ended:
            _read_trailer(line, fields)
            if line.count(" ") >= _TRAILER_TEXT_SPACES and _ends_a_clause(line):
                left_text += 1
            continue
        if continued and _joined_above(lines, index, fields):
            continue
        if (
            plain
            and plain[index - start]
            and paragraphs
            and not in_list
            and not fields.byline_label
        ):
            if continued:
                paragraphs.append(line)  # (what the verdict below finds for it, told at once)
                continue
            # The run of running text from here is kept at once: keeping a paragraph
            # changes none of the tests above (no line of it is joined to the one above it).
            end = plain.find(_READ_IN_FULL, index - start)
            end = len(lines) if end < 0 else end + start
            paragraphs.extend(lines[index:end])
            skip = end - index - 1  # (past the run's other lines)
            next(islice(indexes, skip, skip), None)
            continue
        role, boiler, _ = kinds(line)
        if (
            role is None
            and not boiler
            and paragraphs
            and not in_list
            and not fields.byline_label
            and line not in appended
            and line not in pictures
            and (verdict := _line_verdict(line, last - index, fields))
        ):
            if verdict == _PLAIN_SHORT:
                read += 1  # (a short line is counted as read in full, see MAX_READ_LINES)
                if read > MAX_READ_LINES:
                    _keep_unread(lines, index, fields)
                    return
            paragraphs.append(line)
            continue
        if role == "end":
            if line[:1] == "©" and _credits_picture(lines, index):
                fields.warnings.append(
                    f"left out a picture credit without a caption: {excerpt(line)!r}"
                )
                continue
            if line[:1] == "[" and _credits_caption_above(lines, index, fields):
                fields.add_caption(paragraphs.pop(), line[1:].rstrip(".")[:-1])
                continue
            ended, end_line = True, line
            continue
        if (
            # (Above the last lines, only a tool's added line, a field label after a body label
            # or a credit in brackets closes the story: other lines are not read for it.)
            (last - index <= _NOTES_LINES or line[-1:] in _CLOSING_LAST or line in appended)
            and _closes_story(line, last - index, fields)
        ):
            ended, end_line = True, line  # what follows is the page's or the tool's
            continue
        if line[:1] == "_" or line.endswith("."):
            end_matter = _end_matter(line, last - index)
            if end_matter is not None:
                fields.warnings.append(f"left out {end_matter}: {excerpt(line)!r}")
                if end_matter == "the notes after a closing rule":
                    ended = True
                    if " reported from " in line and not fields.authors:
                        _read_reporters(line, fields)  # (``____ Doe reported from Paris.``)
                continue
        read += 1  # (a line read in full from here on: counted, see MAX_READ_LINES)
        if read > MAX_READ_LINES:
            _keep_unread(lines, index, fields)
            return
        if in_list and (
            is_bullet(line) or _NUMBERED_ITEM.match(line) or _listed_headline(line, fields)
        ):
            # (named, as in the header: a line left out is never lost without a word)
            fields.warnings.append(
                f"left out an item of a list of other stories: {excerpt(line)!r}"
            )
            continue
        in_list = role == "list" or (line[-1:] == ":" and _SOURCES_HEADING.match(line) is not None)
        if in_list or _read_metadata(line, fields, header=False, boiler=boiler):
            continue
        furniture = _body_furniture(line, paragraphs[0] if paragraphs else None)
        if furniture is not None:
            _leave_out_furniture(furniture, line, fields)
            continue
        if line in pictures:
            fields.add_caption(*_picture_caption(line))
            continue
        caption = fields.facts.caption(line, strict=True) or (
            _described_picture(line)
            # (Each of its readings asks for a slash, a labelled credit's colon or an opening
            # first: a line with none of them is not read; see _CREDIT_FIRST_FIRSTS.)
            if (
                "/" in line
                or ": " in line
                or line[:2] in _DESCRIBED_OPENINGS
                or line[:1] in _CREDIT_FIRST_FIRSTS
            )
            else None
        )
        if caption is not None:
            fields.add_caption(*_with_credit_label(lines, index, caption))
            continue
        if _credits_line_above(lines, index, fields):
            # A credit with no label on a line of its own: the line above is its caption.
            fields.add_caption(paragraphs.pop(), line)
            continue
        if (
            not fields.authors
            and index < last
            and last - index <= _NOTES_LINES
            and paragraphs
            and _signed_over_editor(line, lines[index + 1], fields)
        ):
            continue
        text = _read_opening(line, fields) if not fields.paragraphs else line
        if text:
            fields.paragraphs.append(text)
    if left_text:
        fields.warnings.append(
            f"left out {left_text} line(s) of running text after the story's end, "
            f"{shortened(end_line)!r}"
        )


#: The spaces of a line of running text after the story's end, counted in its warning: twelve
#: words at least, and a sentence's stop or a clause's comma or colon (:func:`_ends_a_clause`).
_TRAILER_TEXT_SPACES = 11
#: What ends a line of running text: a sentence's stop, or a comma, semicolon or colon where a
#: sentence goes on over a line break or introduces a list.
_CLAUSE_ENDS = _TAIL_STOPS | frozenset(",;:")


def _ends_a_clause(line: str) -> bool:
    """Whether ``line`` ends as running text does: a stop, a comma, a semicolon or a colon.

    Closing quotes and brackets after the mark are passed over (``... he said."``); a trailer's
    line of running text ending in a comma or a colon went uncounted (fuzz50's lead).
    """
    return line.rstrip(_TAIL_CLOSERS)[-1:] in _CLAUSE_ENDS


#: A picture's credit after a copyright sign has fewer spaces than this, six words at most with
#: the sign (``© Getty Images``, ``© Rolf Zoellner/imago``); a page's copyright line is often
#: longer, and names a year or ends its sentence.
_SIGN_CREDIT_SPACES = 6
#: How many lines under a picture's credit the running text stands within (its caption, or a
#: player's or share button's words, may stand between).
_CREDIT_TEXT_REACH = 2
#: A year, as a page's copyright line gives it (``© 2024 Outlet``, ``©2005-2015 Outlet``).
_COPYRIGHT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _credits_picture(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, opening with a copyright sign, credits a picture in the story.

    A page's copyright line closes the story: what follows it is the page's. A picture's credit
    has the same sign (``© Getty Images``) but stands among the story's lines: six words at
    most, no year and no sentence's stop, with running text (a sentence of twelve words at
    least, as a paragraph is) on one of the two lines under it: its caption, or a player's or
    share button's words, may stand between.
    """
    line = lines[index]
    if (
        index + 1 >= len(lines)
        or line.count(" ") >= _SIGN_CREDIT_SPACES
        or line[-1:] in _TAIL_STOPS
        or _COPYRIGHT_YEAR.search(line) is not None
    ):
        return False
    return any(
        below[-1:] in _TAIL_STOPS and below.count(" ") >= _TRAILER_TEXT_SPACES
        for below in lines[index + 1 : index + 1 + _CREDIT_TEXT_REACH]
    )


def _credits_caption_above(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether ``lines[index]``, a sign-off in square brackets, credits the caption above it.

    An editor's sign-off (``[ab]``) closes the story's last sentence. A picture's credit in the
    same brackets (``[ist]``, as a caption line closes with it) stands under its caption instead,
    the last line read, which ends no sentence, with running text on the next line.
    """
    if (
        not fields.paragraphs
        or index + 1 >= len(lines)
        or fields.paragraphs[-1] != lines[index - 1]
    ):
        return False
    above = lines[index - 1]
    below = lines[index + 1]
    return (
        above.rstrip(_CLOSING_QUOTES)[-1:] not in _TAIL_STOPS
        and below[:1].isupper()  # (a new sentence: not the rest of one a note's mark broke)
        and below[-1:] in _TAIL_STOPS
        and below.count(" ") >= _TRAILER_TEXT_SPACES
    )


def _signed_over_editor(line: str, below: str, fields: _Fields) -> bool:
    """Read the writer's bare name over the editor's credit under the text; return whether it was.

    A footer credits the writer by name alone, the editor by a label, on the next line
    (``Rizky Pratama`` over ``Editor: Ani Suryani``): the name is the author. A line of a few
    capitalised words with no mark at its end; the line below names an editor and no writer.
    """
    if line.count(" ") >= _BARE_NAME_SPACES or not line[:1].isupper() or not line[-1:].isalpha():
        return False
    credit = fields.facts.byline(below)
    if credit is None or credit.authors or not credit.editors:
        return False
    byline = fields.facts.byline(line, bare=True)
    if byline is None or not byline.authors:
        return False
    fields.add_authors(byline.authors)
    return True


#: How many words a caption over a credit's own line has at most.
_CREDITED_CAPTION_WORDS = 80


def _credits_line_above(lines: list[str], index: int, fields: _Fields) -> bool:
    """Whether the body line ``lines[index]`` is a picture's credit with no label, under its caption.

    (See :func:`~newsparse._normalize.captions.lone_credit`.) The caption, kept as a paragraph,
    is the line right above, a sentence of a caption's length (``The satellite detaches from a
    rocket in orbit on Thursday.`` over ``NASA via AP``). Where the line below ends no sentence,
    the credit stands over its caption, that line, and is left to the paragraphs.
    """
    if not fields.paragraphs or index == 0 or not lone_credit(lines[index]):
        return False
    above = lines[index - 1]
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if below and below.rstrip(_CLOSING_QUOTES)[-1:] not in _TAIL_STOPS:
        return False  # (the credit over its caption, a line with no stop: the caption is below)
    return (
        fields.paragraphs[-1] == above
        and above.rstrip(_CLOSING_QUOTES)[-1:] in _TAIL_STOPS
        and not above.endswith(("...", "…"))  # (a teaser's or a list's heading, cut short)
        and above.count(" ") < _CREDITED_CAPTION_WORDS
    )


#: What :func:`_line_verdict` tells of a body line: read it in full; keep it at once as running
#: text; keep it at once as a short line (counted as a line read in full, see MAX_READ_LINES).
_READ_IN_FULL = 0
_PLAIN_TEXT = 1
_PLAIN_SHORT = 2
#: How long a dump's lines are on average, at least, for its body's running text to be told in
#: one pass (see :func:`_read_body`).
_PLAIN_LINE_CHARS = 100
#: A body line of fewer spaces than this is no running text (too short for one, see
#: :func:`_line_verdict`) and no teaser (:func:`_is_titled_teaser` and
#: :func:`_is_capitalised_teaser` ask for more words): it is told by its short line's tests.
_SHORT_PLAIN_SPACES = min(_LABELLED_NAME_WORDS, _TITLED_WORDS, _TEASER_WORDS) - 1
#: The last characters of a short line left to the full reading: a sentence's or a label's end,
#: a credit's bracket and a dateline's dash.
_SHORT_PLAIN_NEVER_ENDS = frozenset(".:：)]-–—")
#: Its first characters left to the full reading: a closing rule's, a note's or a tag's bracket.
_SHORT_PLAIN_NEVER_OPENS = frozenset("_([")
#: What a short line the full reading may read for something holds: a digit (a date, a counter,
#: a widget's reading time), a label's colon, a bar, a slash, an at sign, a bullet, or a dash but
#: a hyphen (which a picture's credit after a dash may be: told by :func:`has_dash_credit`). One
#: search.
_SHORT_PLAIN_MARKS = re.compile(r"[\d:：|/@•·–—]")
#: Those marks in ASCII (the only digits there are the ten ASCII ones): what an ASCII line holds.
_SHORT_ASCII_MARKS = re.compile(r"[0-9:|/@]")
#: The openings of the furniture a short line may be (see :func:`_body_furniture`).
_SHORT_FURNITURE_OPENINGS = ("Read more", "Editor", *HIDDEN_LABEL_OPENINGS)
#: The first two characters of a line opening with a label, a caption's head, a described
#: picture's opening, a link's label in capitals, a furniture's or a credit's opening or a note on
#: a picture's kind (``Gambar hiasan``, ``Foto fail``, read in any case): another short line opens
#: with none of them (:func:`_line_verdict` reads the others).
_SHORT_PLAIN_HEADS = frozenset(
    (
        *LABEL_HEADS,
        *(head[:2] for head in CAPTION_HEADS),
        *_DESCRIBED_OPENINGS,
        *(head[:2] for head in _CAPITALS_LINK_HEADS),
        *(opening[:2] for opening in _SHORT_FURNITURE_OPENINGS),
        *(opening[:2] for opening in _CREDIT_FIRST_OPENINGS),
        *(
            first + second
            for word in ("ga", "fo")
            for first in (word[0], word[0].upper())
            for second in (word[1], word[1].upper())
        ),
    )
)
#: The tables of the first test :func:`_plain_lines` makes of a line once the date is read, one
#: that tells most paragraphs at once: ending with a full stop, with none of
#: ``_PLAIN_NEVER_BEFORE_LAST`` before it, opening with none of ``_PLAIN_NEVER_OPENS`` and with
#: three ASCII characters not among ``_PLAIN_NEVER_HEADS``, long, and of enough words for no
#: byline, such a line is what :func:`_line_verdict` tells running text: of no kind (the
#: characters and heads of :func:`~newsparse._normalize.boilerplate.of_no_kind`), and no caption
#: (a credit's closing bracket, a caption's head), no link (a label in capitals), no described
#: picture (its openings, as heads) and no furniture (opening with "E").
_PLAIN_MIN_CHARS = boilerplate.NO_KIND_MIN_CHARS
_PLAIN_NEVER_BEFORE_LAST = "".join(sorted({*boilerplate.KIND_BEFORE_LAST, *_CREDIT_CLOSERS}))
_PLAIN_NEVER_OPENS = "".join(sorted({*boilerplate.KIND_FIRSTS, "_", "E"}))
_PLAIN_NEVER_HEADS = frozenset(
    {
        *boilerplate.LONG_KIND_HEADS,
        *CAPTION_HEADS,
        *(head[:3] for head in _CAPITALS_LINK_HEADS),
        *(opening + chr(code) for opening in _DESCRIBED_OPENINGS for code in range(128)),
    }
)


def _plain_lines(lines: list[str], start: int, fields: _Fields) -> bytes:
    """Which of the body's lines (``lines`` from ``start``) are running text, told at once.

    For a body whose date is read: a line told so (:data:`_PLAIN_TEXT`) is one
    :func:`_line_verdict` tells running text, by a first test of a few characters that most
    paragraphs pass (see :data:`_PLAIN_NEVER_HEADS`); any other (:data:`_READ_IN_FULL`) is left
    to the line's verdict. One pass, with a call for a line only where its marks call for one.
    """
    body = lines[start:]
    facts = fields.facts
    known = fields.pictures | fields.appended
    # (Marks looked for in the body at once, and in each line only when the body holds one.)
    block = "\n".join(body)
    marked = (
        "|" in block
        or "@" in block
        or "•" in block
        or "·" in block
        or (facts.spaced and "  " in block)  # (then a line's kinds are read from it cleaned)
    )
    slashed = "/" in block
    colons = ":" in block or "：" in block
    ascii_only = block.isascii()
    verdicts = bytearray(
        [
            len(line) >= _PLAIN_MIN_CHARS
            and line[-1] == "."
            and line[-2] not in _PLAIN_NEVER_BEFORE_LAST
            and line[0] not in _PLAIN_NEVER_OPENS
            and (head := line[:3]) not in _PLAIN_NEVER_HEADS
            and (ascii_only or head.isascii())
            # Too long for a byline, or no byline's shape (see _line_verdict).
            and (
                (spaces := line.count(" ")) >= _BYLINE_WORDS
                or (
                    spaces >= _LABELLED_NAME_WORDS
                    and (head[:2] not in LABEL_HEADS or not opens_with_label(line))
                    and (line[-2] not in _CONTRIBUTED_LAST or not _is_contributor_credit(line))
                    and not _may_hold_byline_and_date(line, facts)
                )
            )
            and (
                not marked
                or (
                    "|" not in line
                    and "@" not in line
                    and "•" not in line
                    and "·" not in line
                    and "  " not in line
                )
            )
            and (not slashed or "/" not in line)
            and (not colons or (":" not in line and "：" not in line))
            and (not known or line not in known)
            for line in body
        ]
    )
    # The last lines may close the story: kept at once only where none of its tests may hold.
    authored = bool(fields.authors)  # (authors are only added)
    for index in range(max(0, len(body) - _NOTES_LINES - 1), len(body)):
        if verdicts[index] and not _closes_no_story(body[index], authored=authored):
            verdicts[index] = _READ_IN_FULL
    return bytes(verdicts)


def _plain_short_head(line: str) -> bool:
    """Whether a short line :func:`_line_verdict` reads opens with nothing the full reading reads."""
    return (
        (line[:2] not in LABEL_HEADS or not opens_with_label(line))
        and (line[:3] not in CAPTION_HEADS or not may_be_caption(line))
        and line[:2] not in _DESCRIBED_OPENINGS
        and line[:5] not in _CAPITALS_LINK_HEADS
        and not line.startswith(_SHORT_FURNITURE_OPENINGS)
        and not line.startswith(_CREDIT_FIRST_OPENINGS)
        and (
            len(line) > _PICTURE_KIND_NOTE_LONGEST
            or line[:1] not in "GgFf"
            or _PICTURE_KIND_NOTE.fullmatch(line) is None
        )
    )


def _closes_no_story(line: str, *, authored: bool) -> bool:
    """Whether running text among the last lines is sure to close no story (see :func:`_closes_story`).

    Of :func:`_closes_story`'s tests, only these may hold for a line the first test of
    :func:`_plain_lines` tells running text (long, of no kind, not what a tool added, and ending
    with a full stop); ``authored`` says the authors are known.
    """
    spaces = line.count(" ")
    return (
        (line[0] not in _COPY_TRAILER_FIRSTS or _COPY_TRAILER.match(line) is None)
        and (spaces >= _CONTACT_WORDS or _WRITER_CONTACT.match(line) is None)
        and (" for " not in line or _WRITES_FOR.match(line) is None)
        and (authored or _wire_credit(line) is None)
        and " reported from " not in line
        and ("@" not in line or _CONTACT_LINE.search(line) is None)
        and (line[0] not in "-–—" or _DASHED_SIGNOFF.match(line) is None)
        and (spaces >= _PROMPT_WORDS or not _is_click_prompt(line))
        and (len(line) > _KEYWORDS_HEADING_LONGEST or line.casefold() not in _KEYWORDS_HEADINGS)
    )


def _line_verdict(line: str, after: int, fields: _Fields) -> int:
    """What :func:`_read_body`, reading a body line in full, would find it to be.

    For a line of no kind (:meth:`LineFacts.kinds`) past the first paragraph, with ``after``
    lines below it, when the line above it is no list heading or byline label (the caller tells
    those): :data:`_PLAIN_TEXT` or
    :data:`_PLAIN_SHORT` where the full reading would keep it as a paragraph and read it for
    nothing else, :data:`_READ_IN_FULL` (which says nothing) for any other line. A line of no
    kind (the caller tells it is not among the pictures' captions or what a tool added): a short line (fewer than
    :data:`_SHORT_PLAIN_SPACES` spaces) with no digit holds no date, no widget's reading time
    and no counter; one with none of :data:`_SHORT_PLAIN_MARKS`, that opens with no label,
    bracket or furniture's opening and ends with no mark, bracket or dash is no byline, tags
    line, closing credit, furniture, caption or dateline. A longer line of more than
    :data:`_BYLINE_WORDS` words is too long for a byline (with or without a date), a
    contributor credit, an author label or a dateline on a line of its own; a shorter one of
    more than :data:`_LABELLED_NAME_WORDS` words is none of those when it opens with no label and
    holds no byline's mark or bracket, it ends with no contributor credit and its cheap facts
    rule out a byline with a date. It is then running text unless it opens a closing rule, may
    be a caption, furniture, a teaser or a described picture, or reads as the date line while
    no date is read. Each of the last few lines is read in full.
    """
    if after <= _NOTES_LINES:
        return _READ_IN_FULL  # (the last lines may close the story, or be a caption: read in full)
    spaces = line.count(" ")
    if spaces < _SHORT_PLAIN_SPACES:
        last = line[-1:]  # (sliced once: a slice costs more than a local's read)
        return (
            _PLAIN_SHORT
            if (
                last not in _SHORT_PLAIN_NEVER_ENDS
                and line[:1] not in _SHORT_PLAIN_NEVER_OPENS
                # (In ASCII, the marks are a plain set of characters, each tested without a
                # look up in the Unicode database.)
                and (_SHORT_ASCII_MARKS if line.isascii() else _SHORT_PLAIN_MARKS).search(line)
                is None
                and ("-" not in line or not has_dash_credit(line))
                and " via " not in line  # (a picture's credit, "NASA via AP")
                # (A share button's label, the only widget line without a digit, ends with
                # "button".)
                and (last not in "nN" or _WIDGET_LINE.match(line) is None)
                and (line[:2] not in _SHORT_PLAIN_HEADS or _plain_short_head(line))
            )
            else _READ_IN_FULL
        )
    facts = fields.facts
    # (The line's first one and two characters and its last, sliced once: a slice costs about
    # three times a test of one character in the line, and the tests below read them again.)
    head = line[:2]
    opening = head[:1]
    last = line[-1:]
    if (
        spaces < _BYLINE_WORDS
        and (
            spaces < _LABELLED_NAME_WORDS
            or facts.byline(line) is not None
            # (The credit ends with "contributed", "reporting", "report", "story" or "article" and a
            # full stop: their last letters match no other character, however the case is set.)
            or (last == "." and line[-2:-1] in _CONTRIBUTED_LAST and _is_contributor_credit(line))
            or _may_hold_byline_and_date(line, facts)
        )
    ):
        return _READ_IN_FULL  # a shorter line is read in full unless no byline shape can match
    if (
        opening == "_"
        or (fields.published is None and facts.date(line) is not None)
        or may_be_caption(line)  # (also a closing credit in brackets)
        or last == ":"  # (a heading of sources)
        # (Furniture opens with a bracket or "Editor", or holds a bar or an at sign; a described
        # picture opens with "Th" or "In", or holds a slash: another line is not read for them.)
        or ((opening in "(E" or "|" in line or "@" in line) and _body_furniture(line) is not None)
        # (A teaser or a link ends with no full stop and opens with capitals or a label's first
        # letters: other lines are not read for them.)
        or (
            (last != "." or (opening in "LRAS" and line[:5] in _CAPITALS_LINK_HEADS))
            and (opening.isupper() or head.isupper() or head in _LINK_HEADS)
            and _body_furniture(line, fields.paragraphs[0]) is not None
        )
        or (
            (
                "/" in line
                or head in _DESCRIBED_OPENINGS
                # (a labelled credit: it ends in none of these, and its colon stands near the
                # end; inline for speed, and a start below zero would count from the end)
                or (
                    last not in _NO_CREDIT_ENDS
                    and (
                        line.find(": ", len(line) - _LABELLED_CREDIT_REACH) >= 0
                        if len(line) > _LABELLED_CREDIT_REACH
                        else ": " in line
                    )
                )
            )
            and _described_picture(line) is not None
        )
    ):
        return _READ_IN_FULL
    return _PLAIN_TEXT


def _keep_unread(lines: list[str], index: int, fields: _Fields) -> None:
    """Keep the lines from ``index`` on as paragraphs, unread, with a warning.

    Past :data:`MAX_READ_LINES` lines of the body read one by one (a dump of short lines: a list,
    a table, front matter, bylines by the ten thousand), the rest is kept as it stands.
    """
    rest = lines[index:]
    fields.paragraphs.extend(rest)
    fields.warnings.append(
        f"the body held over {MAX_READ_LINES:,} lines that are not running text; its last "
        f"{len(rest):,} lines were kept as paragraphs without being read for bylines, dates, "
        "captions or boilerplate"
    )


def _joined_above(lines: list[str], index: int, fields: _Fields) -> bool:
    """Join ``lines[index]`` to the paragraph above when it goes on with it; return whether it did.

    In a dump wrapped in part, the rest of a paragraph broken off mid-sentence stands on the next
    line (see :func:`prepare_lines`).
    """
    line = lines[index]
    paragraphs = fields.paragraphs
    if (
        line in fields.continued
        and paragraphs
        # (the line above is the paragraph's end, or the first paragraph behind its dateline)
        and (paragraphs[-1].endswith(lines[index - 1]) or lines[index - 1].endswith(paragraphs[-1]))
    ):
        paragraphs[-1] = _gone_on(paragraphs[-1], line)
        return True
    return False


def _gone_on(paragraph: str, line: str) -> str:
    """``paragraph`` with ``line``, the rest of its sentence broken off, joined to it."""
    # (a comma or a stop opening the line goes on with the word above: no space before it)
    space = "" if line[:1] in ",;." else " "
    return f"{paragraph}{space}{line}"


#: Headings of a summary a tool added under the text ("## Highlights" over the sentences it
#: picked), compared case-folded without a closing colon.
_ADDED_SUMMARY_HEADINGS = frozenset(
    (
        "highlights",
        "key points",
        "key takeaways",
        "takeaways",
        "summary",
        "tl;dr",
        "tldr",
        "in brief",
        "at a glance",
    )
)


def _drop_added_summary(fields: _Fields) -> None:
    """Leave out a summary a tool added under the text: a heading over a list that closes it.

    A digester may print the story, then a heading such as ``Highlights`` over the sentences
    its summariser picked, as a list to the end. The heading must have text above it and only
    the list's items below it.
    """
    paragraphs = fields.paragraphs
    if not paragraphs or paragraphs[-1][:1] not in BULLET_STARTS:
        return  # (no list closes the text: the cheap test of what is_bullet looks at first)
    start = len(paragraphs) - 1
    while start > 0 and is_bullet(paragraphs[start]):
        start -= 1
    if (
        start == len(paragraphs) - 1
        or start < 1
        or paragraphs[start].rstrip(":").casefold() not in _ADDED_SUMMARY_HEADINGS
    ):
        return
    fields.warnings.append(
        f"left out a summary added under the text: {excerpt(paragraphs[start])!r} and"
        f" {len(paragraphs) - start - 1} item(s)"
    )
    del paragraphs[start:]


#: A line of a label and a web address alone ("Read more: https://...", in any language).
_LABELLED_LINK = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3} ?: ?(?:https?://|www\.)\S+$")
#: A story's address alone on the text's last line (a scraper's record of where it read it).
_ADDRESS_ALONE = re.compile(r"^<?(?:https?://|www\.)[^\s<>]+>?$")
#: A line naming the story's source site by its domain (``sumber(contoh.com)``, ``(Source:
#: example.com)``), as a scraper or a student writes it over the story's address.
_SOURCE_SITE = re.compile(
    rf"^[(\[]?(?:{phrase_alternation(SOURCE_LABELS)})\s*(?:[:：]|[(\[])\s*"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)+/?\s*[)\]]{0,2}\.?$",
    re.IGNORECASE,
)
_SOURCE_SITE_LONGEST = 100


#: A note closing a story still being reported ("Developing story, check back for updates.").
_DEVELOPING_NOTE = re.compile(
    r"(?:this is an? )?(?:developing|breaking(?: news)?) story\b"
    r"|this story (?:is developing|will be updated|is being updated)\b"
    r"|check back (?:later |soon )?for (?:more |further )?updates\b",
    re.IGNORECASE,
)
#: ... on a line shorter than this, opening with one of these letters (no other character
#: matches them under IGNORECASE).
_DEVELOPING_NOTE_LONGEST = 120
_DEVELOPING_NOTE_OPENINGS = frozenset("tTdDbBcC")


def _drop_closing_link(fields: _Fields) -> None:
    """Leave out a closing line of a label and the story's address (a feed's "read more" link).

    So is the story's address alone on the last line (unless the line above is an address too,
    a release's list of contacts, or introduces it with a colon), a line naming the source site
    by its domain above it or alone (``sumber(contoh.com)``, :data:`_SOURCE_SITE`), and a closing
    note that the story is still being reported (:data:`_DEVELOPING_NOTE`).
    """
    paragraphs = fields.paragraphs
    if len(paragraphs) < _MIN_CLOSED_TEXT:
        return
    _drop_address_list(paragraphs, fields)
    if len(paragraphs) < _MIN_CLOSED_TEXT:
        return
    last = paragraphs[-1]
    if (
        ("://" in last or "www." in last)
        and (
            _LABELLED_LINK.match(last) is not None
            # (an address alone, unless it closes a list of them, a release's contacts, or the
            # line above introduces it: "The timetable is posted online:")
            or (
                _ADDRESS_ALONE.match(last) is not None
                and "://" not in paragraphs[-2]
                and "www." not in paragraphs[-2]
                and paragraphs[-2][-1:] != ":"
            )
        )
    ):
        fields.warnings.append(
            f"left out a link closing the text: {_shown_address(paragraphs.pop())!r}"
        )
        last = paragraphs[-1]
    if (
        len(paragraphs) >= _MIN_CLOSED_TEXT
        and len(last) < _SOURCE_SITE_LONGEST
        and _SOURCE_SITE.match(last) is not None
    ):
        # (the source site's name, alone or over its address: "sumber(contoh.com)")
        fields.warnings.append(
            f"left out a source line closing the text: {excerpt(paragraphs.pop())!r}"
        )
    elif (
        len(last) < _DEVELOPING_NOTE_LONGEST
        and last[:1] in _DEVELOPING_NOTE_OPENINGS
        and _DEVELOPING_NOTE.match(last) is not None
    ):
        fields.warnings.append(
            f"left out a note that the story is developing: {excerpt(paragraphs.pop())!r}"
        )


#: A text has this many paragraphs at least for its last line to be read as a closing note.
_MIN_CLOSED_TEXT = 2
#: An item of a list of bare addresses: a dash or bullet, then an address and nothing else.
_LISTED_ADDRESS = re.compile(r"^[-*•] (?:https?://|www\.)\S+$")
#: The heading of a tool's closing list of addresses: one word and a colon (``testing:``,
#: ``Links:``).
_ADDRESS_LIST_HEADING = re.compile(r"^[^\W\d_][\w-]{0,30}\s?:$")


def _drop_address_list(paragraphs: list[str], fields: _Fields) -> None:
    """Leave out a closing list of bare addresses under a one-word heading with a colon.

    A scraper writes the pages it read as dashed items under a label of its own (``testing:``
    over ``- https://...`` lines) after the story: two items at least, each an address alone,
    and the heading one word (a sentence introducing a link, "The timetable is posted online:",
    is the story's and keeps its address).
    """
    end = len(paragraphs)
    start = end
    while (
        start > 0
        and paragraphs[start - 1][:1] in "-*•"
        and _LISTED_ADDRESS.match(paragraphs[start - 1])
    ):
        start -= 1
    if end - start < 2 or start < 2 or _ADDRESS_LIST_HEADING.match(paragraphs[start - 1]) is None:
        return
    fields.warnings.append(
        f"left out a closing list of addresses: {excerpt(paragraphs[start - 1])!r}"
    )
    del paragraphs[start - 1 :]


def _drop_outdented(fields: _Fields) -> None:
    """Leave out the paragraphs printed flush left in a dump that indents its paragraphs.

    A page's text may be saved with every paragraph indented, and what the page put between
    them (other stories' headlines) flush left: such a line is furniture. The first line (the
    title) is not judged.
    """
    if not fields.paragraphs or _SPACED_LINE.search(fields.text) is None:
        return
    if fields.split:  # (split and stripped already, by prepare_lines: most dumps)
        raw_lines, stripped = fields.split[0]
        lines = list(compress(raw_lines, stripped))  # (the lines not blank, in C)
    else:
        raw_lines = fields.text.splitlines()
        lines = list(compress(raw_lines, map(str.strip, raw_lines)))
    # One indentation for (nearly) every line: a renderer's nesting indents by many widths.
    # (A tab indents to the next stop of eight columns: as far as the spaces it stands for. A
    # line opening with spaces and then a tab is read as the spaces alone.)
    widths = (
        Counter(map(_indent_width, lines))
        if "\n\t" in fields.text or fields.text[:1] == "\t"
        else Counter(map(sub, map(len, lines), map(len, map(str.lstrip, lines))))
    )
    width, indented = max(widths.items(), key=lambda item: item[1], default=(0, 0))
    if (
        len(lines) < _MIN_INDENTED_LINES
        or width < _INDENT
        or indented < _INDENTED_SHARE * len(lines)
    ):
        return
    flush = {line.strip() for line in lines[1:] if line[:1] not in " \t"}
    kept = [paragraph for paragraph in fields.paragraphs if paragraph not in flush]
    if len(kept) < len(fields.paragraphs):
        fields.warnings.extend(
            f"left out a line printed flush left among indented paragraphs: {excerpt(paragraph)!r}"
            for paragraph in fields.paragraphs
            if paragraph in flush
        )
        fields.paragraphs[:] = kept


def _indent_width(line: str) -> int:
    """How many columns the blanks opening ``line`` take, a tab reaching the next stop of eight."""
    return len(line[: len(line) - len(line.lstrip())].expandtabs())


def _drop_writer_notes(fields: _Fields) -> None:
    """Leave out the notes on the writer that close the text (``Jane Doe is a staff writer ...``).

    A last paragraph that opens with the name of an author the byline or a tool's field named,
    then says who they are (``is``, ``covers``, ``writes``), is the page's note on the writer,
    not the story: a story names its own writer in no sentence of its own. Where nothing named
    the authors, a name saying it is the outlet's writer (``is a staff writer``, ``is an
    elections correspondent``) is the note, and the name an author.
    """
    paragraphs = fields.paragraphs
    named = bool(fields.authors)
    for _ in range(_WRITER_NOTES):
        if len(paragraphs) < 2:
            return
        last = paragraphs[-1]
        if (
            named
            and ", " in last[:_AFFILIATED_NAME_REACH]
            and (affiliated := affiliated_names(last))
            and set(affiliated) <= set(fields.authors)
        ):
            # The writers again with their roles and institutions, under the story.
            fields.warnings.append(f"left out a note on the writers: {excerpt(last)!r}")
            paragraphs.pop()
            continue
        if named and _names_the_writer_later(last, fields.authors):
            fields.warnings.append(f"left out a note on the writer: {excerpt(last)!r}")
            paragraphs.pop()
            continue
        head = last[:_WRITER_VERB_REACH]
        if all(verb not in head for verb in _WRITER_VERB_WORDS):
            return  # (no verb saying who the writer is after the name: the rest is not read)
        if not any(
            last.startswith(name) and last[len(name) : len(name) + 12].startswith(_WRITER_VERBS)
            for name in fields.authors
            if " " in name
        ):
            note = _WRITER_NOTE.match(last) if last[:1] in _CAPITALS else None
            if note is None:
                return
            if not named and is_person_name(note.group("name")):
                fields.add_authors((note.group("name"),))
        fields.warnings.append(f"left out a note on the writer: {excerpt(last)!r}")
        paragraphs.pop()


#: A page's topic tags printed on one line under the story, their links gone: at least three
#: names of at most four words each, joined by commas, each word capitalised or a number.
_TOPIC_LINE = re.compile(
    r"^(?:[A-Z0-9][\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*){0,3}, ){2,}"
    r"[A-Z0-9][\w'’&-]*(?: [A-Z0-9][\w'’&-]*){0,3}$"
)
_TOPIC_LINE_CHARS = 200


def _drop_closing_topics(fields: _Fields) -> None:
    """Leave out the topic tags the page printed on one line under the story.

    ``Sebring 12 Hours, IMSA, WeatherTech Sportscar Championship`` closing the text names the
    topics the page files the story under, not a sentence of the story: a line of three names
    or more joined by commas, every word capitalised, with no stop (:data:`_TOPIC_LINE`), under
    :data:`_TAIL_STORY_SENTENCES` paragraphs of the story at least.
    """
    paragraphs = fields.paragraphs
    if len(paragraphs) <= _TAIL_STORY_SENTENCES:
        return
    last = paragraphs[-1]
    if len(last) <= _TOPIC_LINE_CHARS and ", " in last and _TOPIC_LINE.match(last):
        fields.warnings.append(f"left out the topic tags under the story: {excerpt(last)!r}")
        paragraphs.pop()


def _names_the_writer_later(last: str, authors: list[str]) -> bool:
    """Whether ``last`` is a note on a writer the byline named that opens with something else.

    A note may open with the writer's year or post (``The 2024 season marks Jane Doe's 20th
    year ...``) and say what the writer does in a later sentence, by the surname (``Doe covers
    ...``): the byline's full name and its surname before a writer's verb both stand in it.
    """
    for name in authors:
        if " " in name and name in last:
            surname = name.rsplit(" ", 1)[1]
            if any(f"{surname}{verb}" in last for verb in _WRITER_VERBS):
                return True
    return False


def _drop_page_tail(fields: _Fields) -> None:
    """Leave out the page's tail the dump kept under the story.

    A page copied or scraped whole goes on under the story with what the site prints there:
    other stories' headlines, dates, topic tags, share words, a form's labels, a footer. The
    story is running text to its end, a tail is not: the tail is what stands under the story's
    last line of running text (a sentence of :data:`_TAIL_SENTENCE` characters or a line of
    :data:`_TAIL_LONG_LINE`), less the short sentences that close the story under that
    line and a line the page repeats between them (printed above that line too). It is left out
    when it is :data:`_TAIL_LEAST` paragraphs or more and the story above holds
    :data:`_TAIL_STORY_SENTENCES` lines of running text. So no line of running text is left out,
    and a line repeated between the story's paragraphs ("Advertisement") ends no story. The
    warning names the lines left out (see
    :func:`~newsparse._normalize.whitespace.quoted_lines`).
    """
    paragraphs = fields.paragraphs
    count = len(paragraphs)
    if count < _TAIL_STORY_SENTENCES + _TAIL_LEAST:
        return
    last = paragraphs[-1]
    size = len(last)
    if size >= _TAIL_LONG_LINE or (size >= _TAIL_SENTENCE and last[-1] in _TAIL_STOPS):
        return  # (most dumps: a story that ends in running text, told without a call)
    if _running_text(last):
        return
    found = 0
    end = 0
    for index in range(count - 2, -1, -1):
        if _running_text(paragraphs[index]):
            found += 1
            if found == 1:
                end = index + 1
                if count - end < _TAIL_LEAST:
                    return
            elif found == _TAIL_STORY_SENTENCES:
                break
    else:
        return
    above = set(paragraphs[:end])
    while end < count:
        if _ends_sentence(paragraphs[end]):
            end += 1  # the story's closing short sentences
        elif end + 1 < count and paragraphs[end] in above and _ends_sentence(paragraphs[end + 1]):
            end += 2  # ... and a line the page repeats between them
        else:
            break
    if count - end < _TAIL_LEAST:
        return
    fields.warnings.append(
        f"left out the page's tail under the story ({count - end} lines): "
        + quoted_lines(paragraphs[end:])
    )
    del paragraphs[end:]


def _drop_closing_notes(fields: _Fields) -> None:
    """Leave out the outlet's calls and notes closing the story, and what follows them.

    A page closes the story with a call to sign up for its newsletter, to subscribe or to
    download its app (:data:`_CLOSING_CALL`), perhaps with a line or two more of the same kind
    under it. The call opens a line among the last :data:`_CALL_REACH`, with no line of
    :data:`_TAIL_LONG_LINE` characters or more under it (and the last line shorter than
    :data:`_CALL_INSIDE_LINE`, unless it opens as a call or a note does, see
    :data:`_CLOSING_INITIALS`); it and the lines under it are left out
    when the story above holds :data:`_TAIL_STORY_SENTENCES` paragraphs. So are the notes on
    where to find help that close a story on mental health (see :func:`_drop_helpline_notes`).
    The warnings name every line left out.
    """
    paragraphs = fields.paragraphs
    index = count = len(paragraphs)
    if count <= _TAIL_STORY_SENTENCES:
        return
    last = paragraphs[-1]
    if last[:1] not in _CLOSING_INITIALS and len(last) >= _CALL_INSIDE_LINE:
        return  # (most texts: the story's own long last line, opening as neither does)
    if last[:2] in _HELPLINE_HEADS:
        _drop_helpline_notes(fields)
        index = count = len(paragraphs)
    stop = max(_TAIL_STORY_SENTENCES, count - _CALL_REACH)
    start = count
    # (From the end up to the first long line: most texts end in one, and are done at once.)
    while index > stop:
        index -= 1
        line = paragraphs[index]
        size = len(line)
        if size >= _TAIL_LONG_LINE:
            break
        if (
            line[:2] in _CALL_HEADS
            or (
                size < _CALL_INSIDE_LINE
                and ("ign up" in line or "ign Up" in line or "ubscribe" in line)
            )
        ) and _CLOSING_CALL.match(line) is not None:
            start = index
    if start < count:
        fields.warnings.append(
            "left out a call to subscribe under the story: " + quoted_lines(paragraphs[start:])
        )
        del paragraphs[start:]


def _drop_release_notes(fields: _Fields) -> None:
    """Leave out a press release's notes on its issuer and its press contact under the text.

    The notes open at a heading among the last paragraphs (:data:`_RELEASE_HEADING`: ``About
    Example Corp``, ``Media contact:``), hold an e-mail address, and run to the end;
    :data:`_TAIL_STORY_SENTENCES` paragraphs stand above them. The warning names the lines
    left out (see :func:`~newsparse._normalize.whitespace.quoted_lines`).
    """
    if "@" not in fields.text:
        return  # (most dumps: no e-mail address, so no such notes; told by one byte search)
    paragraphs = fields.paragraphs
    count = len(paragraphs)
    start = count
    for index in range(count - 1, max(_TAIL_STORY_SENTENCES, count - _RELEASE_REACH) - 1, -1):
        line = paragraphs[index]
        if (
            line[:1] in _RELEASE_FIRSTS
            and len(line) <= _RELEASE_HEADING_CHARS
            and _RELEASE_HEADING.fullmatch(line) is not None
        ):
            start = index
    if start < count and any(
        "@" in line and _CONTACT_ADDRESS.search(line) is not None for line in paragraphs[start:]
    ):
        fields.warnings.append(
            "left out a press release's notes on its issuer and contact: "
            + quoted_lines(paragraphs[start:])
        )
        del paragraphs[start:]


def _drop_helpline_notes(fields: _Fields) -> None:
    """Leave out the notes on where to find help that close a story on suicide or mental health.

    An outlet closes such a story with a note naming helplines and their numbers
    (:data:`_HELPLINE_OPENING`, :data:`_HELPLINE`): the outlet's, not the story's. The notes at
    the text's end are left out when :data:`_TAIL_STORY_SENTENCES` paragraphs stand above them.
    The warning names the lines left out (see
    :func:`~newsparse._normalize.whitespace.quoted_lines`). (Called only when the last
    paragraph opens as one.)
    """
    paragraphs = fields.paragraphs
    end = len(paragraphs)
    while (
        end > _TAIL_STORY_SENTENCES
        and paragraphs[end - 1][:2] in _HELPLINE_HEADS
        and _HELPLINE_OPENING.match(paragraphs[end - 1]) is not None
        and has_digit(paragraphs[end - 1])
        and _HELPLINE.search(paragraphs[end - 1]) is not None
    ):
        end -= 1
    if end < len(paragraphs):
        fields.warnings.append(
            "left out the notes on where to find help under the story: "
            + quoted_lines(paragraphs[end:])
        )
        del paragraphs[end:]


def _drop_teasers(fields: _Fields) -> None:
    """Leave out other stories' teasers under the story, and what follows them.

    A page lists other stories under the story as a date line beside each one's headline or
    summary (see :data:`_TEASER_DATES`). The run opens at its first date line, or at the
    headlines right above it; what follows the run is the page's too, unless running text
    stands there again. A text ending in running text (a sentence of :data:`_TAIL_SENTENCE`
    characters, not cut off, or a line of :data:`_TAIL_LONG_LINE`) is not read for a run. The story above must hold :data:`_TAIL_STORY_SENTENCES` lines of
    running text. The warning names the lines left out (see
    :func:`~newsparse._normalize.whitespace.quoted_lines`).
    """
    paragraphs = fields.paragraphs
    count = len(paragraphs)
    if count < _TAIL_STORY_SENTENCES + 2 * _TEASER_DATES:
        return
    last = paragraphs[-1]
    if len(last) >= _TAIL_LONG_LINE or (
        len(last) >= _TAIL_SENTENCE and last[-1] in _TAIL_STOPS and last[-1] != "…"
    ):
        return  # (most dumps: the text ends in the story's running text, under any teasers)
    if ("?" in last or "!" in last) and _drop_glued_teasers(paragraphs, fields):
        return
    # The short lines holding a digit, in runs dense enough for teasers, are read as dates: few
    # stories hold such runs, and reading a line for a date is dear. (The short lines are found
    # in C.)
    short = list(compress(range(count), map(_TEASER_DATE_LINE.__ge__, map(len, paragraphs))))
    if len(short) < _TEASER_DATES:
        return
    short = [index for index in short if has_digit(paragraphs[index])]
    if len(short) < _TEASER_DATES:
        return
    date = fields.facts.date
    dated = [
        index
        # (The last ones only, the tail's: a body of short numbered lines by the hundred thousand
        # would read every one for a date.)
        for index in _in_dense_runs(short)[-_MAX_TEASER_READS:]
        if (found := date(paragraphs[index])) is not None and found.value is not None
    ]
    if len(dated) < _TEASER_DATES:
        return
    run = _teaser_run(paragraphs, dated)
    if run is None:
        return
    start, end = run
    while start > 0 and end - start < count and _headline_like(paragraphs[start - 1]):
        if run[0] - start >= _TEASER_GAP:
            break
        start -= 1
    if sum(map(_running_text, paragraphs[:start])) < _TAIL_STORY_SENTENCES:
        return
    if sum(map(_running_text, paragraphs[end:])) < _TAIL_STORY_SENTENCES:
        end = count
    fields.warnings.append(
        f"left out other stories' teasers under the story ({end - start} lines): "
        + quoted_lines(paragraphs[start:end])
    )
    del paragraphs[start:end]


def _drop_glued_teasers(paragraphs: list[str], fields: _Fields) -> bool:
    """Leave out the teasers closing the text, each a headline glued to its summary.

    A page's closing list of other stories may come through as one line a story, its headline
    (a question or an exclamation) run into its summary with no space: ``Is tea healthy?Here is
    what experts say``. At least :data:`_GLUED_TEASERS` such short lines end the text. Returns
    whether any were left out.
    """
    count = 0
    for line in reversed(paragraphs):
        if len(line) >= _GLUED_TEASER_LONGEST or _GLUED_TEASER.search(line) is None:
            break
        count += 1
    if count < _GLUED_TEASERS or len(paragraphs) - count < _TAIL_STORY_SENTENCES:
        return False
    fields.warnings.append(
        f"left out other stories' teasers under the story ({count} lines): "
        + quoted_lines(paragraphs[-count:])
    )
    del paragraphs[-count:]
    return True


#: A headline ending with a question or exclamation mark run into the summary after it.
_GLUED_TEASER = re.compile(r"[a-z’'\"”][?!][A-Z][a-z]")
#: A glued teaser is shorter than this; this many of them close a list of other stories.
_GLUED_TEASER_LONGEST = 200
_GLUED_TEASERS = 2


#: The most short lines read for a teaser's date under the story, the last ones (the dumps of
#: ``benchmarks.textsame`` and the tune set of real dumps read at most 1,239).
_MAX_TEASER_READS = 10_000


def _in_dense_runs(indices: list[int]) -> list[int]:
    """The ``indices`` in runs of :data:`_TEASER_DATES` or more, each within :data:`_TEASER_GAP`."""
    kept: list[int] = []
    first = 0
    for at in range(1, len(indices) + 1):
        if at < len(indices) and indices[at] - indices[at - 1] <= _TEASER_GAP:
            continue
        if at - first >= _TEASER_DATES:
            kept.extend(indices[first:at])
        first = at
    return kept


def _teaser_run(paragraphs: list[str], dated: list[int]) -> tuple[int, int] | None:
    """The first run of teasers (its first date line, and where its last teaser ends), if any."""
    first = 0
    for at in range(1, len(dated) + 1):
        if at < len(dated) and dated[at] - dated[at - 1] <= _TEASER_GAP:
            continue
        if at - first >= _TEASER_DATES:
            start, last = dated[first], dated[at - 1]
            end = min(last + 2, len(paragraphs))
            between = set(range(start, end)) - set(dated[first:at])
            if all(_headline_like(paragraphs[index]) for index in between):
                return start, end
        first = at
    return None


def _headline_like(paragraph: str) -> bool:
    """Whether ``paragraph`` is a headline or a summary cut off: no finished sentence."""
    end = paragraph.rstrip(_TAIL_CLOSERS)
    return end.endswith(_CUT_OFF_ENDS) or end[-1:] not in _TAIL_STOPS


def _ends_sentence(paragraph: str) -> bool:
    """Whether ``paragraph`` ends in a stop (perhaps before closing quotes or brackets)."""
    return paragraph[-1:] in _TAIL_STOPS or paragraph.rstrip(_TAIL_CLOSERS)[-1:] in _TAIL_STOPS


def _running_text(paragraph: str) -> bool:
    """Whether ``paragraph`` is a line of a story's running text (see :func:`_drop_page_tail`)."""
    size = len(paragraph)
    return size >= _TAIL_LONG_LINE or (size >= _TAIL_SENTENCE and _ends_sentence(paragraph))


def _read_glued_byline(fields: _Fields) -> None:
    """Read a byline glued between the sentences of the first paragraph (a feed's description).

    A feed may run its standfirst, byline and lede together without spaces
    (``...in the border region.By Jane DoeEL PASO, Texas—On a Tuesday ...``): the name is the
    author, and the paragraph is split there into the standfirst and the lede.
    """
    first = fields.paragraphs[0]
    found = _GLUED_BYLINE.search(first, 0, _GLUED_BYLINE_REACH)
    if found is None or not is_person_name(found.group(1)):
        return
    fields.add_authors((" ".join(found.group(1).split()),))
    fields.paragraphs[0:1] = [first[: found.start()], first[found.end() :]]


def _fold_repeated_captions(lines: list[str], start: int, fields: _Fields) -> list[str]:
    """``lines`` with each picture's caption printed twice in the body written once, as a caption.

    A page's text may print a picture's alt text and then its caption, the same words on two
    lines, the second with its credit in brackets or the credit on a line of its own after them
    (``Jane Doe/Agency``). Such a line is a caption, not a paragraph: it is written once, with its
    credit in square brackets, and read as a picture's caption. A short line printed twice without
    a credit is a caption or a link (see :func:`_doubled_line`); a longer one is left as it is (a
    scraper may repeat a paragraph). A line written with HTML's escapes (``&#39;``) over the same
    words unescaped is printed twice too.
    """
    # (Tested for in one pass first: most dumps have no line that the next one repeats. A line
    # with HTML's escapes, ``&#39;``, may be repeated unescaped: a text with no ampersand has none,
    # and a text with one mostly has no such line either; the loop below reads every line else.)
    escaped = "&" in fields.text and _repeats_unescaped(lines, start)
    repeated = compress(lines[start:], map(str.startswith, lines[start + 1 :], lines[start:]))
    if not escaped and all(line.count(" ") + 1 < _REPEATED_CAPTION_WORDS for line in repeated):
        return lines[:]
    out = lines[:start]
    index = start
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if escaped and following != line and "&" in line and html.unescape(line) == following:
            line = following  # (the same words, once with HTML's escapes: ``Trump&#39;s ...``)
        if not following.startswith(line) or line.count(" ") + 1 < _REPEATED_CAPTION_WORDS:
            out.append(lines[index])
            index += 1
            continue
        rest = following[len(line) :].strip()
        credit = rest[1:-1] if rest[:1] == "(" and rest[-1:] == ")" else None
        if rest and credit is None:
            out.append(lines[index])
            index += 1
            continue
        if credit is None and index + 2 < len(lines) and _CREDIT_LINE.match(lines[index + 2]):
            credit = lines[index + 2]
            index += 1
        if credit is None:
            kind = (
                _doubled_line(line)
                # (exactly twice, on adjacent lines of the dump, between lines of running text: a
                # run of three, or a paragraph repeated after a blank line, is a scraper's)
                if _among_paragraphs(lines, index, index + 2)
                and lines[index - 1] != lines[index + 1]
                and lines[index + 2] != lines[index + 1]
                and _adjacent(fields.text, lines[index], lines[index + 1])
                else None
            )
            if kind is None:
                # (A paragraph printed twice, as a scraper may repeat one, is no caption.)
                out.append(lines[index])
                index += 1
            elif kind == "caption":
                fields.pictures.add(line)
                out.append(line)
                index += 2
            else:
                fields.warnings.append(f"left out {kind} printed twice: {excerpt(line)!r}")
                index += 2
            continue
        index += 2
        caption = f"{line} [{credit}]"
        fields.pictures.add(caption)
        out.append(caption)
    return out


def _repeats_unescaped(lines: list[str], start: int) -> bool:
    """Whether a line from ``start`` on holds HTML's escapes and the next line is it unescaped.

    (The lines with an ampersand are found in C; only they are unescaped.)
    """
    body = lines[start:]
    marked = compress(range(len(body) - 1), map(contains, body, repeat("&")))
    return any(
        body[index] != body[index + 1] and html.unescape(body[index]) == body[index + 1]
        for index in marked
    )


def _adjacent(text: str, first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` stand on two lines of ``text`` with no blank line between.

    Spaces and tabs around the line break do not part them (a line's trailing spaces are no
    blank line).
    """
    if f"{first}\n{second}" in text:
        return True  # (the usual case, at C speed)
    start = text.find(first)
    while start >= 0:
        at = start + len(first)
        while text[at : at + 1] in (" ", "\t", "\r"):  # ("" at the end is none of them)
            at += 1
        if text[at : at + 1] == "\n":
            at += 1
            while text[at : at + 1] in (" ", "\t"):
                at += 1
            if text.startswith(second, at):
                return True
        start = text.find(first, start + 1)
    return False


def _among_paragraphs(lines: list[str], above: int, below: int) -> bool:
    """Whether the lines right before ``above`` and at ``below`` are both running text."""
    return (
        above > 0
        and below < len(lines)
        and is_paragraph_like(lines[above - 1])
        and is_paragraph_like(lines[below])
    )


def _doubled_line(line: str) -> str | None:
    """What a short line printed twice in a row with no credit is, if the page's and not the text's.

    A page may print a picture's alt text over the same words as its caption, or a link's title
    over its text: a scraper keeps both, on adjacent lines. Between two lines of running text
    (the caller asks that, and that the two stand on adjacent lines of the dump), of
    :data:`_DOUBLED_WORDS` words at most, a line ending like
    no sentence is a link to another story (``Senate trial likely to widen the divide``), left
    out; one ending like a sentence of :data:`_REPEATED_CAPTION_WORDS` words or more is a
    caption with no credit. A longer line printed twice is a paragraph a scraper repeated.
    """
    words = line.count(" ") + 1
    if words < _REPEATED_CAPTION_WORDS or words > _DOUBLED_WORDS:
        return None
    return "caption" if line.endswith(_SENTENCE_ENDS) else "a link to another story"


def _dash_signature(paragraphs: list[str]) -> str | None:
    """The writer a last paragraph of a dash and a name signs as (``– Jane Doe``), if it is one."""
    signed = _DASH_SIGNATURE.match(paragraphs[-1]) if paragraphs else None
    if signed is None or not is_person_name(signed.group("name")):
        return None
    return signed.group("name")


def _closing_name(fields: _Fields) -> bool:
    """Whether the last paragraph is the writer's name signing the story off.

    A name of two to four words alone on the dump's last line, with a blank line (or several)
    above it, under a body written one paragraph a line with no blank line between them: the
    blank line sets the name apart from the text, which a paragraph of the body never is.
    """
    paragraphs = fields.paragraphs
    if len(paragraphs) <= _CLOSING_NAME_BODY:
        return False
    name = paragraphs[-1]
    low, high = _CLOSING_NAME_WORDS
    if not low <= name.count(" ") + 1 <= high or not is_person_name(name):
        return False
    raw = fields.text.rstrip().splitlines()
    if len(raw) < _CLOSING_NAME_BODY + 2 or raw[-1].strip() != name or raw[-2].strip():
        return False
    # (Blank lines, however many and whatever spaces they hold, are one gap.)
    end = len(raw) - 2
    while end > 0 and not raw[end - 1].strip():
        end -= 1
    above = raw[max(0, end - _CLOSING_NAME_BODY) : end]
    # (The lines above are the body's last paragraphs, one a line: page furniture is not.)
    return [clean_line(line) for line in above] == paragraphs[-1 - _CLOSING_NAME_BODY : -1]


def _signed_with_position(paragraphs: list[str]) -> bool:
    """Whether the last two paragraphs sign the text: a name over the signer's position.

    A press release ends with the official who issued it: the name alone on its line, then the
    post (``Jane Doe`` over ``Head of the Data Centre``, ``Kepala Pusat Data ...``): a line
    opening with a word naming a post (:data:`_POSITION_OPENINGS`), of a few words ending like no
    sentence, under a name of two to four words. The name is the author; neither is text.
    """
    if len(paragraphs) <= _CLOSING_NAME_BODY:
        return False
    position, name = paragraphs[-1], paragraphs[-2]
    low, high = _CLOSING_NAME_WORDS
    return (
        position.count(" ") < _POSITION_WORDS
        and position.split(None, 1)[0].casefold().rstrip(".") in _POSITION_OPENINGS
        and not position.endswith(_SENTENCE_ENDS)
        and low <= name.count(" ") + 1 <= high
        and is_person_name(name)
    )


def _credited_in_capitals(line: str) -> tuple[str, str] | None:
    """``(text, credit)`` if ``line`` is a caption with its credit in capitals after it.

    ``... di stasiun Senen, Minggu (3/1/2021). KABAR KOTA/ANI LESTARI``: an outlet and a
    photographer in capitals, joined by a slash, after the caption's last sentence.
    """
    if "/" not in line[-_CREDIT_TAIL:] or not _capital_after_last_slash(line):
        return None
    found = _CAPITALS_CREDIT.search(line, max(0, len(line) - _CREDIT_TAIL - 2))
    if found is None or not found.group("credit").isupper():
        return None
    return line[: found.start()].rstrip(), found.group("credit")


def _capital_after_last_slash(line: str) -> bool:
    """Whether a capital (``A`` to ``Z``) follows the last slash of ``line`` (or a space and one).

    A credit of names joined by slashes (``_CAPITALS_CREDIT``, ``_CREDITED_CAPTION``) ends a line,
    and none of its characters after its last slash is one: that slash is the line's last, and a
    capital opens the name after it (a space may stand between). A line failing this holds neither (a date in a caption,
    ``Rabu (13/9).``), and their patterns, which try many places of the line, are not run.
    """
    slash = line.rfind("/")
    after = line[slash + 1 : slash + 3]
    return "A" <= after[:1] <= "Z" or (after[:1] == " " and "A" <= after[1:] <= "Z")


def _may_close_in_a_labelled_credit(line: str) -> bool:
    """Whether ``line`` has a colon near its end that a picture's labelled credit may follow."""
    tail = len(line) - _LABELLED_CREDIT_REACH
    return line.find(": ", tail) >= 0 if tail > 0 else ": " in line


def _label_credited(line: str) -> tuple[str, str] | None:
    """``(text, credit)`` if ``line`` is a caption closed by a labelled credit, else ``None``.

    ``The mayor at the quay. Photograph: Jane Doe``, ``Boats in the harbour | Foto: Agency``:
    after the caption's last sentence, or after a spaced dash or bar, a picture's label, a colon
    and a credit of a few words with no sentence's end (:data:`_LABELLED_CAPTION`). A paragraph
    never closes so; one quoting a source (``... said. Source: the ministry``) names no
    picture's label.
    """
    if not _may_close_in_a_labelled_credit(line):
        return None
    colon = line.rfind(": ")
    label = line[line.rfind(" ", 0, colon) + 1 : colon]
    if label.lower() not in _CREDIT_LABEL_WORDS or line.count(" ") >= _LABELLED_CAPTION_WORDS:
        return None
    found = _LABELLED_CAPTION.match(line)
    if found is None:
        return None
    return found.group("text").rstrip(" -–—|"), found.group("credit")


def _described_picture(line: str) -> tuple[str, str | None] | None:
    """``(text, credit)`` if ``line`` reads as a picture's caption in the body, else ``None``.

    A caption that says it describes a picture (``This image shows ...``, ``In this photo
    provided by ...``: the way agencies open the caption of a handout or file picture, which a
    story's sentence never does), a short line opening with a picture agency's credit and no
    sentence's end (``Agency Images The mayor at the quay``), or a short sentence with a credit of names joined by slashes
    after it (``The mayor at the quay. Jane Doe/Agency Images``, ``... Jane Doe / Agency``).
    """
    if line[:2] in _DESCRIBED_OPENINGS and _DESCRIBED_PICTURE.match(line) is not None:
        return line, None
    if ": " in line and (labelled := _label_credited(line)) is not None:
        return labelled
    if (
        line[-1:] not in ".!?"
        and line.startswith(_CREDIT_FIRST_OPENINGS)
        and line.count(" ") < _CREDIT_FIRST_WORDS
        and (credit_first := _CREDIT_FIRST.match(line)) is not None
    ):
        return credit_first.group("text"), credit_first.group("credit")
    if "/" not in line or not _capital_after_last_slash(line):
        return None  # (both credits below are names joined by slashes)
    if (credited := _credited_in_capitals(line)) is not None:
        return credited
    if "/" not in line[-_CREDIT_TAIL:] or line.count(" ") >= _CREDITED_CAPTION_WORDS:
        return None
    found = _CREDITED_CAPTION.match(line)
    return None if found is None else (found.group("text"), found.group("credit"))


def _is_story_link(line: str) -> bool:
    """Whether ``line`` is a labelled link to another story or a video among the paragraphs.

    A label such as ``READ:`` or ``Watch:`` before a headline (``WATCH: Drone footage shows the
    flooded streets``), which ends like no sentence.
    """
    label, colon, headline = line.partition(": ")
    return (
        bool(colon)
        and label.casefold() in _LINK_LABELS
        and bool(headline)
        and not headline.endswith(_SENTENCE_ENDS)
    )


def _is_video_title(line: str) -> bool:
    """Whether ``line``, among paragraphs, is an embedded video's title with its running time.

    See :data:`_VIDEO_TITLE`: a short line closed by minutes and seconds, whose words before
    them (four at least, no digit among them) end like no sentence and with no preposition a
    clock time follows.
    """
    if line.count(" ") >= _VIDEO_TITLE_WORDS:
        return False
    found = _VIDEO_TITLE.match(line)
    if found is None:
        return False
    title = found.group("title")
    words = title.split()
    return (
        len(words) >= _VIDEO_TITLE_LEAST
        # A date or a counter among the words is a time stamp's (``12 May 2020 at 21:07``), and
        # so is a short word a clock time follows in any language (``um``, ``à``, ``om``).
        and not any(char.isdigit() for char in title)
        and len(words[-1]) > 2
        and words[-1].casefold() not in _BEFORE_CLOCK
        and "|" not in title
    )


def _is_bare_story_link(line: str) -> bool:
    """Whether ``line`` is a link to another story set among the paragraphs with no label form.

    A call to read more with no colon (``Read more flood news from the valley``): a short line
    that ends like no sentence (see :data:`_BARE_LINK`).
    """
    return (
        not line.endswith(_SENTENCE_ENDS)
        and line.count(" ") < _BARE_LINK_WORDS
        and _BARE_LINK.match(line) is not None
    )


def _is_glued_link(line: str) -> bool:
    """Whether ``line`` is a link to another story behind a label run into it (:data:`_GLUED_LINK`).

    Behind a label of its own the headline ends like no sentence; behind a link label
    (``More:``, ``LEARN MORE``) it may (a summary may follow the headline).
    """
    if line[:5] in _CAPITALS_LINK_HEADS and _CAPITALS_LINK.match(line) is not None:
        return line.count(" ") < _GLUED_LINK_WORDS
    # (The colon must stand against a capital within a label's reach: most lines are told by a
    # search for a colon at memchr speed.)
    colon = line.find(":", 0, _GLUED_LABEL_REACH)
    if colon == -1 or line[colon + 1 : colon + 2] not in _CAPITALS:
        return False
    found = _GLUED_LINK.match(line)
    if (
        found is None
        or line.count(" ", found.end()) < _GLUED_HEADLINE_SPACES
        or line.count(" ") >= _GLUED_LINK_WORDS
    ):
        return False
    return found.group()[:-1].casefold() in _LINK_LABELS or not line.endswith(_SENTENCE_ENDS)


def _is_capitalised_teaser(line: str, first: str) -> bool:
    """Whether ``line``, among paragraphs, is another story's headline or a promotion in capitals.

    A page may set between its paragraphs the headline of a related story or a call to read
    more in capitals (``MAYOR SAYS THE NEW BRIDGE WILL OPEN BEFORE THE SUMMER``), which a
    scraper keeps as a line of its own: of :data:`_TEASER_WORDS` words or more, not closed by a
    full stop, in a story whose ``first`` paragraph is set in mixed case. A subhead in capitals
    is shorter; a text set all in capitals has its first paragraph in capitals too.
    """
    if line.count(" ") + 1 < _TEASER_WORDS or line[-1:] == "." or not line.isupper():
        return False
    # (``isupper`` asks only that no letter be in lower case: a script without case passes.)
    letters = [char for char in line if char.isalpha()]
    cased = sum(char != char.lower() for char in letters)
    return cased >= _TEASER_CASED * len(letters) and not first.isupper()


def _is_titled_teaser(line: str) -> bool:
    """Whether ``line``, among paragraphs, is a related story's headline in title case.

    A page may set another story's headline between the paragraphs with no label, which a
    scraper keeps as a line of its own (``Mayor Says New Bridge Will Open Before The Summer``):
    of :data:`_TITLED_WORDS` words or more, ending like no sentence, with no comma, bar, slash or
    colon (a caption's credit, a list of tags, a byline's affiliations have them), no short word
    in lower case (a subhead in title case keeps ``and``, ``of``, ``the`` low) and nearly every
    longer word capitalised.
    """
    if (
        line[-1:] in _TITLED_ENDS
        or line.count(" ") + 1 < _TITLED_WORDS
        or "," in line
        or "|" in line
        or "/" in line
        or ":" in line
    ):
        return False
    words = [word for word in line.split() if word.isalpha()]
    if any(word[0].islower() for word in words if len(word) < _TITLED_LONG):
        return False
    longer = [word for word in words if len(word) >= _TITLED_LONG]
    capitalised = sum(word[0].isupper() for word in longer)
    return len(longer) >= _TITLED_WORDS - 2 and capitalised >= _TITLED_SHARE * len(longer)


def _leave_out_furniture(furniture: str, line: str, fields: _Fields) -> None:
    """Note that ``line``, the page's ``furniture``, is left out (and the post it signs)."""
    fields.warnings.append(f"left out {furniture}: {excerpt(line)!r}")
    if furniture == _POST_SIGNATURE_NOTE:
        _drop_post_text(fields)


def _with_credit_label(
    lines: list[str], index: int, caption: tuple[str, str | None]
) -> tuple[str, str | None]:
    """``caption``, read from ``lines[index]``, with the credit a label right above it names.

    ``Image copyright Agency`` on the line over ``Image caption The mayor ...`` is the caption's
    credit (:func:`_reader_label` leaves the label's line out).
    """
    if caption[1] is not None or index == 0 or not lines[index].startswith(_CAPTION_LABEL):
        return caption
    above = lines[index - 1]
    label = _READER_CREDIT.match(above) if _CAPTION_LABEL not in above else None
    return caption if label is None else (caption[0], label.group("credit"))


def _reader_label(line: str) -> str | None:
    """What ``line`` is if it is a page's hidden label with no caption on its line, else ``None``.

    A page may label a picture's credit for screen readers (``Image copyright Agency``, or
    ``Image source, Agency``), and an extractor may keep it on a line of its own over the
    caption's line (``Image caption The mayor ...``): the caption under it takes the credit (see
    :func:`_with_credit_label`). A video player's notice (``Media playback is unsupported on
    your device``) alone names nothing.
    """
    if line == _PLAYER_NOTICE:
        return "a video player's notice"
    if _CAPTION_LABEL not in line and _READER_CREDIT.match(line) is not None:
        return _READER_CREDIT_NOTE
    return None


def _drop_post_text(fields: _Fields) -> None:
    """Leave out the last paragraph read when it is the text of the post signed right under it.

    An embedded post's text ends in the post's link (its last word); the signature line under
    it says the post was one.
    """
    if fields.paragraphs:
        text = fields.paragraphs[-1]
        if "/" in text and _LINK_WORD.fullmatch(text, text.rfind(" ") + 1) is not None:
            fields.paragraphs.pop()
            fields.warnings.append(f"left out the text of an embedded post: {excerpt(text)!r}")


def _body_furniture(line: str, first: str | None = None) -> str | None:
    """What ``line`` is if it is furniture among the paragraphs: a bar of links or a wire note.

    With the ``first`` paragraph read, a teaser in capitals is furniture too.
    """
    # (The line's first one and two characters, sliced once: a slice costs about three times a
    # test of one character in the line, and the tests below read them again and again.)
    head = line[:2]
    opening = head[:1]
    if first is not None and opening.isupper() and _is_titled_teaser(line):
        return "a related headline in title case"
    if first is not None and head.isupper() and _is_capitalised_teaser(line, first):
        return "a teaser set in capitals"
    if head in _LINK_HEADS and ":" in line[:_LINK_LABEL_REACH] and _is_story_link(line):
        return "a link to another story"
    # (A colon anywhere first: one character, at memchr speed; a slice costs three times that.)
    if first is not None and ":" in line and line[-3:-2] == ":" and _is_video_title(line):
        return "the title of an embedded video"
    # (The link opens with "Read more": of the capitals, an "R" only.)
    if first is not None and opening in _BARE_LINK_FIRSTS and _is_bare_story_link(line):
        return "a link to another story"
    if (
        ":" in line or (opening in _CAPITALS_LINK_FIRSTS and line[:5] in _CAPITALS_LINK_HEADS)
    ) and _is_glued_link(line):
        return "a link to another story"
    if opening == "E" and line[:6] == "Editor" and _MEDIA_NOTE.match(line):
        return "an editor's note on the page's media"
    if opening in "IM" and line[:6] in HIDDEN_LABEL_OPENINGS:
        return _reader_label(line)
    if "|" in line and " | " in line and _is_link_bar(line):  # (one character: memchr speed)
        return "a bar of links"
    if opening == "(" and _RATE_NOTE.match(line):
        return "a wire note of an exchange rate"
    if (
        len(line) <= _PICTURE_KIND_NOTE_LONGEST
        and opening in "GgFf"
        and _PICTURE_KIND_NOTE.fullmatch(line)
    ):
        return _PICTURE_KIND_NOTE_NAME
    if "@" in line:  # (one character: memchr speed)
        if _POST_SIGNATURE.match(line):
            return _POST_SIGNATURE_NOTE
        if line[-1:].isdigit() and "(@" in line and _GLUED_POST.search(line):
            return "an embedded post with its signature"
    if opening == "[" and line[-1:] == "]" and is_embed_tag(line):
        return "an embedded player's placeholder"
    return None


def _is_link_bar(line: str) -> bool:
    """Whether ``line`` is a bar of links: short items split by bars, after an optional label.

    ``Listen now and subscribe: Apple Podcasts | Spotify | RSS Feed`` is one; a sentence holding
    a bar or two is not.
    """
    if line.count(" | ") < _BAR_ITEMS - 1 or line[:1] == "|" or line[-1:] == "|":
        return False  # (a row of a Markdown table opens or ends with a bar)
    label, colon, rest = line.partition(": ")
    items = (rest if colon and "|" not in label else line).split(" | ")
    return len(items) >= _BAR_ITEMS and all(
        item.strip()
        and item.count(" ") < _BAR_ITEM_WORDS
        and not item.endswith(_SENTENCE_ENDS)
        and not has_digit(item)  # (a table's row of figures)
        for item in items
    )


def _is_click_prompt(line: str) -> bool:
    r"""Whether ``line`` holds the word "click" and closes with "on", "to", "at" or "via" after it.

    What ``\bclick\b.*\b(?:on|to|at|via)$`` finds, in linear time: that search tried ``.*``
    back from the line's end at each "click" of the line, so a line of thousands of them
    (``click,click,...``, a line with few spaces) took the square of its length. The closing
    word is read at the line's end once, and the first "click" of the line is the one that
    leaves it the most room.
    """
    end = _PROMPT_END.search(line, max(0, len(line) - _PROMPT_END_REACH - 1))
    if end is None:
        return False
    # (After the last line break before it, as ``.`` takes none: a line holds none anyway.)
    click = _CLICK.search(line, line.rfind("\n", 0, end.start()) + 1)
    return click is not None and click.end() <= end.start()


def _closes_story(line: str, after: int, fields: _Fields) -> bool:
    """Whether ``line`` closes the story, with ``after`` lines below it; then it is left out.

    What a tool added under a rule, a line pointing to the original story among the last lines,
    or a wire story's closing credit (whose names are the authors when it is a sign-off in
    brackets and no byline named any).
    """
    if line in fields.appended and fields.paragraphs:
        fields.warnings.append(f"left out what a tool added under a rule: {excerpt(line)!r}")
        return True
    if fields.body_label and fields.paragraphs and line[-1:] == ":" and is_field_label(line):
        fields.warnings.append(f"left out the tool's fields after the text: {excerpt(line)!r}")
        return True  # (``Author:`` alone after the text a body label opened)
    if (
        after <= _NOTES_LINES
        and len(line) <= _KEYWORDS_HEADING_LONGEST  # (a long last paragraph is not lowered)
        and fields.paragraphs
        and line.casefold() in _KEYWORDS_HEADINGS
    ):
        fields.warnings.append(
            f"left out the keywords a tool listed after the text: {excerpt(line)!r}"
        )
        return True  # (``## Keywords`` and the tool's keywords under it)
    if after <= _NOTES_LINES and _COPY_TRAILER.match(line):
        if fields.published is None and (match := _footer_date(line, fields.facts)) is not None:
            fields.add_date(match, line)  # (when the story first ran there: ``..., pada Kamis``)
        fields.warnings.append(
            f"left out the line pointing to the original story: {excerpt(line)!r}"
        )
        return True
    if (
        after <= _NOTES_LINES
        and line.count(" ") < _CONTACT_WORDS
        and (contact := _WRITER_CONTACT.match(line))
    ):
        # How to reach or follow the writer: the name it gives is the author.
        name = contact.group("reach") or contact.group("follow") or contact.group("named")
        if name and not fields.authors and is_person_name(name):
            fields.add_authors((name,))
        fields.warnings.append(f"left out how to reach the writer: {excerpt(line)!r}")
        return True
    if " reported from " in line and after <= _NOTES_LINES and not fields.authors:
        _read_reporters(line, fields)  # (the note stays a paragraph: the story's last words)
    if after <= _NOTES_LINES and " for " in line and (writer := _WRITES_FOR.match(line)):
        # The writer's note names the author (the contributors after it are no bylines).
        if not fields.authors and is_person_name(writer.group("name")):
            fields.add_authors((writer.group("name"),))
        fields.warnings.append(f"left out the closing note on the writer: {excerpt(line)!r}")
        return True
    if (
        after <= _NOTES_LINES
        and line.count(" ") < _PROMPT_WORDS
        and not line.endswith(_SENTENCE_ENDS)
        and _is_click_prompt(line)
    ):
        # A prompt to click for more, cut off where its link stood: the page's.
        fields.warnings.append(f"left out a prompt to click for more: {excerpt(line)!r}")
        return True
    if after <= _NOTES_LINES and "@" in line and _CONTACT_LINE.search(line):
        fields.warnings.append(f"left out the line asking readers to write in: {excerpt(line)!r}")
        return True
    if (
        after <= _NOTES_LINES
        and line[:1] in "-–—"
        and fields.paragraphs
        and (signoff := _DASHED_SIGNOFF.match(line))
        and (signoff.group("name").casefold() in _SIGNOFF_WORDS or is_agency(signoff.group("name")))
    ):
        fields.warnings.append(f"left out the closing credit: {excerpt(line)!r}")
        return True
    if not fields.authors and (line[-1:] == ")" or after <= _NOTES_LINES):
        # (Where a byline or a tool's field named the authors, the line is read as before.)
        credit = _wire_credit(line)
        if credit is not None:
            if line[:1] == "(":  # a sign-off in brackets, as a closing "(Name)" is
                fields.add_authors(credit)
            fields.warnings.append(f"left out the closing credit: {excerpt(line)!r}")
            return True
    return False


def _listed_headline(line: str, fields: _Fields) -> bool:
    """:func:`_is_listed_headline`, the line reported in ``warnings`` when it is one.

    Without a bullet, the line is told by its shape alone: reported, not dropped silently.
    """
    if not _is_listed_headline(line, fields.facts):
        return False
    fields.warnings.append(f"left out a headline listed under a list heading: {excerpt(line)!r}")
    return True


def _is_listed_headline(line: str, facts: LineFacts) -> bool:
    """Whether a line under a list heading (``Berita Terkait``) is one of the stories it lists.

    A rendering without bullets writes the list's headlines one a line: a few words (a name or
    a label has fewer, a list of tags its commas), not ending like a sentence, where the
    article's next paragraph does. A date line or a byline is read as what it is.
    """
    spaces = line.count(" ")
    return (
        _LISTED_HEADLINE_SPACES <= spaces < _LISTED_HEADLINE_WORDS
        and not line.endswith(_SENTENCE_ENDS)
        and line.count(",") < 2
        and facts.date(line) is None
        and facts.byline(line) is None
    )


def _picture_caption(line: str) -> tuple[str, str | None]:
    """Split the caption written after a picture into its text and credit.

    A credit may be glued to the caption's last sentence without a space
    (``... in Ohio on May 9.Jane Doe / Agency``); otherwise it is looked for as in any caption,
    and last as a source named in a closing bracket (``... on Monday (Street Maps).``).
    """
    found = _GLUED_CREDIT.search(line)
    if found is not None:
        credit = line[found.end() :]
        if credit.count(" ") < _CREDIT_WORDS:
            return line[: found.end()], credit
    text, named = split_credit(line, known_caption=True)
    if named is None:
        return split_bracketed_source(text) or (text, None)
    return text, named


def _end_matter(line: str, after: int) -> str | None:
    """What ``line`` is if it closes the story: a rule with the notes after it, or a credit.

    A rule of underscores (``___``, alone or opening the line) with at most a few lines after it
    ends the story; the agency's notes follow it (higher up, such a line is page furniture of
    another kind). A line saying who "contributed to this report" credits reporters, not a byline
    and not text. ``after`` is how many lines follow ``line``.
    """
    if after <= _NOTES_LINES and _CLOSING_RULE.match(line):
        return "the notes after a closing rule"
    if line.count(" ") < _BYLINE_WORDS and _is_contributor_credit(line):
        # (The credit matched at the line's end: it is bare when the line ends with the bare form.)
        bare = line[-len(_BARE_CONTRIBUTED) :].casefold() == _BARE_CONTRIBUTED
        if not bare or _REPORTER_ROLE.search(line) or _ONLY_NAMES.match(line):
            return "a contributor credit"
    return None


def _wire_credit(line: str) -> tuple[str, ...] | None:
    """The authors a wire story's closing credit names, or ``None`` when ``line`` is none.

    ``(Reporting by Jane Doe in Paris and John Roe; Editing by Ann Lee)`` names Jane Doe and John
    Roe; the brackets may be missing (the caller reads the names only from a credit in brackets,
    a sign-off). The credit's first part names reporters or writers.
    """
    text = line[1:-1] if line[:1] == "(" and line[-1:] == ")" else line
    parts = [part.strip() for part in text.split(";")]
    if _CREDIT_PART.match(parts[0]) is None:
        return None
    names: list[str] = []
    for part in parts:
        found = _CREDIT_PART.match(part)
        if found is not None and not found.group("role").lower().startswith("additional"):
            names.extend(split_authors(_CREDIT_PLACE.sub("", found.group("names"))))
    return tuple(names)


def _is_contributor_credit(line: str) -> bool:
    r"""Whether ``line`` ends saying who "contributed to this report".

    The match ends at the line's end, so it starts in its last :data:`_CONTRIBUTED_REACH`
    characters; a search from there still sees the character before it, for the ``\b``.
    """
    start = max(0, len(line) - _CONTRIBUTED_REACH)
    # The pattern's letters after the "i" (which it matches to a dotless "ı" too, as no lowering
    # does) lie in that stretch: a line without them is not searched.
    if _CONTRIBUTED_TAIL not in line[start:].lower():
        return False
    return _CONTRIBUTED.search(line, start) is not None


def _read_opening(paragraph: str, fields: _Fields) -> str:
    """Split the first paragraph's dateline off; it gives the place and, if named, the outlet.

    A dateline set in bold (``**JAKARTA, KABAR.com** - Harga naik.``, or with its dash inside the
    bold) is read without its marks.
    Returns the paragraph's own text (``JAKARTA - Harga naik.`` gives ``Harga naik.``).
    """
    bold = _BOLD_OPENING.match(paragraph)
    if bold and (
        bold.group(1).rstrip().endswith(_DATELINE_ENDS)
        or paragraph[bold.end() :].lstrip().startswith(_DATELINE_ENDS)
    ):
        # The marks go only where the bold words end with the dateline's dash or stand before it.
        split = split_dateline(bold.group(1) + paragraph[bold.end() :])
    else:
        split = split_dateline(paragraph)
        head = paragraph[:_GLUED_DASHES_REACH]  # (a space and a dash in it, or no glued dash)
        glued = (
            _GLUED_DASHES.search(paragraph, 0, _GLUED_DASHES_REACH)
            if split is None and (" -" in head or " –" in head or " —" in head)
            else None
        )
        if glued is not None:
            # The dateline's dashes glued to the first word ("JAKARTA --Periode libur ...").
            split = split_dateline(f"{paragraph[: glued.end()]} {paragraph[glued.end() :]}")
    if split is None and "(" in paragraph[:_OUTLET_REACH]:
        split = _bracketed_outlet(paragraph)
    if split is None and paragraph[:1] == "[":
        split = _bracketed_place(paragraph)
    if split is None and _PLACE_BAR in paragraph[:_OUTLET_REACH]:
        split = _barred_dateline(paragraph)
    if split is None and "/" in paragraph[:_PRESS_RELEASE_REACH]:
        split = _press_release_dateline(paragraph, fields)
    if split is None:
        found = _DOMAIN_OPENING.match(paragraph)
        if found is not None:
            outlet = found.group("outlet")
            dateline = Dateline(found.group("printed"), place=found.group("place"), source=outlet)
            split = dateline, paragraph[found.end() :]
    if split is None and ": " in paragraph[:_TITLED_DATELINE_REACH]:
        split = split_titled_dateline(paragraph)  # "Mumbai: The ..."
    if split is None and paragraph[1:2].isupper() and paragraph[:1].isupper():
        split = _stripped_dateline(paragraph)  # "BLOOMFIELD NJ The ..." (no marks at all)
    if split is None or len(split[0].printed) > MAX_DATELINE_CHARS:
        return paragraph  # (none, or thousands of letters before a dash: no place)
    dateline, text = split
    fields.dateline = fields.dateline or dateline.printed
    fields.site_name = fields.site_name or dateline.source
    return text


def _stripped_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Split off the dateline of a lede whose marks a scraper stripped (``BLOOMFIELD NJ The ...``).

    Some scrapers keep only letters, digits and spaces: the dateline's comma and dash are gone, and
    the place in capitals (perhaps with its state's short name, ``NJ``, ``Ill``) runs into the
    lede. Read only where the lede's first :data:`_STRIPPED_LEDE` characters hold none of
    :data:`_STRIPPED_MARKS`, as a lede of running text never does.
    """
    head = paragraph[:_STRIPPED_LEDE]
    if len(head) < _STRIPPED_LEDE or any(map(head.__contains__, _STRIPPED_MARKS)):
        return None
    found = _STRIPPED_PLACE.match(head)
    if found is None:
        return None
    place = found.group("place")
    return Dateline(place, place=place), paragraph[found.end() :]


def _press_release_dateline(paragraph: str, fields: _Fields) -> tuple[Dateline, str] | None:
    """Split off a press release's dateline (``KOTA CONTOH, ST, May 22, 2025 /Example Wire/ -``).

    Its day is the release's date when no date line gave one.
    """
    found = _PRESS_RELEASE_OPENING.match(paragraph)
    if found is None:
        return None
    match = fields.facts.date(found.group("day"))
    if match is None or match.value is None:
        return None
    if fields.published is None:
        fields.add_date(match, found.group("day"))
    printed = found.group("printed")
    return Dateline(printed, place=found.group("place").split(",")[0]), paragraph[found.end() :]


def _bracketed_outlet(paragraph: str) -> tuple[Dateline, str] | None:
    """Split off a dateline of an outlet in brackets and no dash (``(ABC)``, ``Paris (ABC News)``).

    Some outlets open their stories with their name in brackets, after the place or alone, and
    no dash before the lede (``Portville (ABC News) The harbour ...``, and scrapers may drop the
    space: ``(ABC)The harbour``). The name opens with an acronym; a label in brackets
    (``(UPDATED)``) is none, and neither is an organisation's acronym after its name (``United
    Nations (UN) Security Council ...``).
    """
    found = _OUTLET_OPENING.match(paragraph)
    if found is None or _NOT_OUTLET.match(found.group("outlet").split()[0]):
        return None
    place = found.group("place")
    if place is not None:
        initials = "".join(word[0] for word in place.split())
        if place.split()[0] in _ARTICLES or found.group("outlet").startswith(initials):
            return None
    outlet = found.group("outlet")
    printed = found.group("printed")
    return Dateline(printed, place=place or outlet, source=outlet), paragraph[found.end() :]


def _bracketed_place(paragraph: str) -> tuple[Dateline, str] | None:
    """Split off a dateline of a place in square brackets (``[JAKARTA] Warga ...``).

    The place is in capitals; a label in brackets (``[VIDEO]``, ``[FOTO]``) is none. An outlet's
    address and its dash may follow it (``[JAKARTA] Kabar.com - Warga ...``): the dateline is then
    the place and the outlet, as the comma form prints them (``JAKARTA, Kabar.com``).
    """
    found = _BRACKETED_PLACE.match(paragraph)
    if found is None or _NOT_OUTLET.match(found.group("place").split()[0]):
        return None
    place = found.group("place")
    text = paragraph[found.end() :]
    outlet = split_dateline(text) if found.group(0)[-1] == " " else None
    if outlet is not None and outlet[0].source is not None and outlet[0].source == outlet[0].place:
        source = outlet[0].source
        return Dateline(f"{place}, {source}", place=place, source=source), outlet[1]
    return Dateline(place, place=place), text


def _barred_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Split off a dateline of a place and its outlet parted by a bar (``JAKARTA | KABAR.COM -``).

    It is read as the dateline with a comma in the bar's place, and only where it names an
    outlet (a domain, an agency or an outlet's name: ``JAKARTA | Kabar Contoh -``); the dateline
    keeps its bar.
    """
    bar = paragraph.find(_PLACE_BAR, 0, _OUTLET_REACH)
    split = split_dateline(f"{paragraph[:bar]}, {paragraph[bar + len(_PLACE_BAR) :]}")
    if split is None or split[0].source is None:
        return None
    dateline, text = split
    printed = dateline.printed
    if printed[bar : bar + 2] != ", ":
        return None  # (the comma is not where the bar stood: a line cleaned otherwise)
    printed = f"{printed[:bar]}{_PLACE_BAR}{printed[bar + 2 :]}"
    return attrs.evolve(dateline, printed=printed), text


def _read_reporters(line: str, fields: _Fields) -> bool:
    """Name the authors from a wire story's note on where its writers reported from.

    Read only where no byline named the writers: ``Doe reported from Atlanta.`` names Doe (the
    reporters who "contributed" in the same note are not bylines). Returns whether it named any.
    """
    found = _REPORTED_FROM.match(line)
    if found is None:
        return False
    names = [*split_authors(found.group("names")), found.group("other") or ""]
    names = [name for name in names if name]
    if not names or not all(map(is_person_name, names)):
        return False
    fields.add_authors(tuple(names))
    return True


def _read_trailer(line: str, fields: _Fields) -> None:
    """After the article's end only labelled bylines and tags are read; the rest is widget text."""
    if (":" in line or "：" in line) and _read_tags(line, fields):
        return  # (a tags line holds a label's colon)
    if " reported from " in line and not fields.authors and _read_reporters(line, fields):
        return  # a wire story's notes after its closing rule
    byline = fields.facts.byline(line)
    if byline is not None and not fields.authors:
        fields.add_authors(byline.authors)
    elif fields.labelled_body and fields.published is None and (date := fields.facts.date(line)):
        fields.add_date(date, line)  # a date field among the tool's fields after the text
