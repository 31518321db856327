"""Text dumps as scrapers and hands record them (issue 9, round 31): made-up stories only.

Each test builds a dump in a layout found among the tune set's real dumps: the page's address
above the headline, a site credited by its address under the text, links and embedded videos'
titles between the paragraphs, and a page flattened onto one line.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

_STORY = (
    "The Example City council voted on Tuesday to approve a new bridge across the harbour, "
    "ending a debate that lasted four years.",
    "The bridge will cost about 40 million dollars and open in 2027, the mayor said at a news "
    "conference after the vote.",
    "Opponents said the money should have gone to schools and the bus network instead of the "
    "bridge, and promised to keep campaigning.",
)
_HEADLINE = "Council approves harbour bridge: four-year debate ends with a vote"


def _parse(text: str) -> newsparse.Article:
    return newsparse.parse_article(text, kind="text")


@pytest.mark.parametrize(
    "address",
    [
        "https://www.example.com/news/council-approves-harbour-bridge",
        "http://example.com/2025/05/06/bridge",
        "www.example.com/news/bridge",
        # In any case, as every other address rule reads it (the headline was this line).
        "HTTP://example.com/2025/05/06/bridge",
        "Www.example.com/news/bridge",
    ],
)
def test_the_pages_address_over_the_headline_is_its_url_and_the_headline_read(
    address: str,
) -> None:
    # The headline with a colon and short summary lines under it: read as the title only when
    # the address line above it is set aside first. A web address there is the article's (no
    # warning); one with no scheme is left out with a word.
    summary = (
        "The council voted for the bridge on Tuesday.",
        "The bridge is to open in 2027.",
    )
    article = _parse("\n".join((address, _HEADLINE, *summary, *_STORY)))
    assert article.title == _HEADLINE
    assert article.paragraphs[-3:] == _STORY
    assert all(address not in paragraph for paragraph in article.paragraphs)
    noted = any("the page's address over the text" in note for note in article.warnings)
    if address.lower().startswith("http"):
        assert (article.url, noted) == (address, False)
    else:
        assert (article.url, noted) == (None, True)


def test_an_address_with_words_after_it_is_no_address_line() -> None:
    first = "www.example.com reported on Tuesday that the council approved the bridge."
    article = _parse("\n\n".join((first, *_STORY)))
    assert article.paragraphs[0] == first


@pytest.mark.parametrize(
    "credit", ["Credits: example.com", "Credit: www.example.co.uk", "Credits: https://example.com/"]
)
def test_a_closing_credit_naming_the_sites_address_is_no_paragraph(credit: str) -> None:
    article = _parse("\n\n".join((*_STORY, credit)) + "\n")
    assert article.paragraphs == _STORY


def test_a_closing_credit_naming_a_person_stays_text() -> None:
    # Not an address: the line is kept (a caption's or a photographer's credit is read elsewhere).
    last = "Credits: the harbour master and the rowing club helped organise the open day."
    article = _parse("\n\n".join((*_STORY, last)))
    assert article.paragraphs[-1] == last


def test_an_opinion_link_between_paragraphs_is_left_out() -> None:
    link = "OPINION: Why the bridge is the wrong answer"
    article = _parse("\n".join((_STORY[0], link, *_STORY[1:])))
    assert article.paragraphs == _STORY
    assert any("a link to another story" in note for note in article.warnings)


def test_an_opinion_label_before_a_sentence_stays_text() -> None:
    line = "Opinion: the bridge is the wrong answer, said the residents' association."
    article = _parse("\n".join((_STORY[0], line, *_STORY[1:])))
    assert line in article.paragraphs


@pytest.mark.parametrize(
    "video",
    [
        "Mayor: 'The bridge will change the harbour' 00:50",
        "Residents speak out on the bridge vote (full) 05:38",
        "Inside the council chamber 1:02:15",
    ],
)
def test_an_embedded_videos_title_with_its_running_time_is_left_out(video: str) -> None:
    article = _parse("\n".join((_STORY[0], video, *_STORY[1:])))
    assert article.paragraphs == _STORY
    assert article.captions == ()
    assert any("the title of an embedded video" in note for note in article.warnings)


@pytest.mark.parametrize(
    "line",
    [
        # A clock time after a preposition, a sentence's stop, a score: the text's.
        "The council meeting resumes at 10:30",
        "The vote was taken in the evening. 19:45",
        "Final score Example City 2 Harbour Town 1 in 90:00",
    ],
)
def test_a_line_ending_in_a_clock_time_is_not_taken_for_a_video(line: str) -> None:
    article = _parse("\n".join((_STORY[0], line, *_STORY[1:])))
    assert line in article.paragraphs


_FLATTENED = (
    "Bridge vote ends four-year debate EN BM MENU News Latest Videos Opinions Most Read "
    "Read more from this author Jane Doe News Bridge vote ends four-year debate "
    "Jane Doe Published : Dec 10, 2025 2:40 PM \u22c5 Updated : 7:29 AM "
    + " ".join(_STORY)
    + " Please join our channel to get the latest news. About Us Advertise Subscribe Contact "
    "Example Media Sdn Bhd, No. 9, Jalan Contoh, Example City RSS Feeds"
)


def test_a_labelled_date_glued_into_a_flattened_page_dates_the_story() -> None:
    article = _parse(_FLATTENED)
    assert article.published == dt.datetime(2025, 12, 10, 14, 40)
    assert article.authors == ("Jane Doe",)


def test_a_long_lede_mentioning_a_publication_is_not_dated_by_it() -> None:
    # "Published" in running text, with no month, day, year and clock time after a colon.
    first = (
        "The report the council Published on its website on Tuesday, after a four-year debate "
        "over the harbour bridge, lists the costs of the bridge, the bus network and the schools "
        "the opponents wanted instead, and the mayor said the figures would be checked again "
        "before the first contracts are signed in the spring of 2026."
    )
    article = _parse("\n\n".join((first, *_STORY)))
    assert article.published is None
    assert article.paragraphs[0] == first


def test_a_flattened_page_without_a_name_before_the_label_keeps_no_author() -> None:
    text = _FLATTENED.replace("Jane Doe Published", "News Published")
    article = _parse(text)
    assert article.published == dt.datetime(2025, 12, 10, 14, 40)
    assert "News" not in article.authors


_BODY = (
    "The Example City council voted on Tuesday to approve a new bridge across the harbour.",
    "The bridge will cost about 40 million dollars and open in 2027, the mayor said.",
    "Opponents said the money should have gone to schools and the bus network instead.",
    "The first contracts are to be signed in the spring, a council spokesman said.",
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Harbour ferry fares to rise again next year",
            "Harbour ferry fares to rise again next year",
        ),
        # once with HTML's escapes, once without
        ("Mayor&#39;s bridge plan faces a last vote", "Mayor's bridge plan faces a last vote"),
    ],
)
def test_a_link_printed_twice_between_paragraphs_is_left_out(first: str, second: str) -> None:
    article = _parse("\n".join((*_BODY[:2], first, second, *_BODY[2:])))
    assert article.paragraphs == _BODY
    assert any("printed twice" in note for note in article.warnings)


@pytest.mark.parametrize("between", ["\n", "\r\n", " \n", "\t \n  ", "  \r\n\t"])
def test_a_caption_printed_twice_between_paragraphs_is_read_as_a_caption(between: str) -> None:
    # Spaces around the line break between the copies (a line's trailing spaces, an indent) part
    # them no more than a bare break does: the copies were read as two paragraphs.
    caption = "The mayor at the harbour after the vote on Tuesday."
    article = _parse("\n".join((*_BODY[:2], f"{caption}{between}{caption}", *_BODY[2:])))
    assert article.paragraphs == _BODY
    assert [item.text for item in article.captions] == [caption]


def test_a_long_paragraph_printed_twice_is_kept() -> None:
    # A scraper may repeat a paragraph: more than a caption's or a link's words.
    repeated = (
        "The council also agreed to study a second crossing further up the river, where the "
        "old ferry landing stands, and to ask the regional government for half of the money "
        "needed for the study."
    )
    article = _parse("\n".join((*_BODY[:2], repeated, repeated, *_BODY[2:])))
    assert article.paragraphs.count(repeated) >= 1
    assert not any("printed twice" in note for note in article.warnings)


def test_a_short_line_printed_twice_among_menus_is_not_read_as_a_link() -> None:
    # Not between two lines of running text: the rule leaves the lines to the other readings.
    menu = "Local news and sport from Example City"
    text = "\n".join((menu, menu, "Home", "News", *_BODY))
    article = _parse(text)
    assert not any("printed twice" in note for note in article.warnings)


@pytest.mark.parametrize(
    "position",
    [
        "Kepala Pusat Data dan Informasi Badan Contoh",
        "Head of the Data and Information Centre, Example Agency",
    ],
)
def test_a_name_over_the_signers_position_closing_a_release_is_the_author(position: str) -> None:
    text = "\n\n".join((*_BODY, "Jane Doe", position))
    article = _parse(text)
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == _BODY
    assert any("the signer's position" in note for note in article.warnings)


def test_a_closing_sentence_about_a_head_is_no_position() -> None:
    last = "Head teachers will meet the mayor again in May."
    text = "\n\n".join((*_BODY, "Jane Doe", last))
    article = _parse(text)
    assert article.paragraphs[-1] == last


def test_a_short_paragraph_printed_three_times_stays_text() -> None:
    # A run of three identical lines is a scraper repeating itself, not a caption shown twice.
    repeated = "The mayor at the harbour after the vote on Tuesday."
    article = _parse("\n".join((*_BODY[:2], repeated, repeated, repeated, *_BODY[2:])))
    assert repeated in article.paragraphs
    assert article.captions == ()


def test_a_short_paragraph_repeated_after_a_blank_line_stays_text() -> None:
    # Printed twice with a blank line between: a paragraph repeated, as any paragraph may be.
    repeated = "The mayor at the harbour after the vote on Tuesday."
    article = _parse("\n\n".join((*_BODY[:2], repeated, repeated, *_BODY[2:])))
    assert article.paragraphs.count(repeated) == 2
    assert article.captions == ()
