"""Small HTML pages and WARC archives written by the tests (our own text, no third-party pages)."""

from __future__ import annotations

import io
from pathlib import Path

BODY = [
    "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss a dispute over fishing rights "
    "along their maritime border, officials from both governments said after the meeting.",
    "Chile's foreign minister told reporters that the two countries had agreed to set up a joint commission "
    "that would report back within six months with proposals for sharing the catch.",
    "Peru's government said in a statement that the talks had been constructive and that a further round "
    "would be held in Santiago early next year, although no date has yet been fixed.",
]


def article_page(title: str = "Chile and Peru agree to talks on fishing dispute", *, url: str | None = None,
                 date: str = "2021-03-09", body: list[str] | None = None) -> str:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    paras = "".join(f"<p>{p}</p>" for p in (body or BODY))
    return f"""<!DOCTYPE html><html><head><title>{title} | Example Wire</title>
<meta property="og:title" content="{title}"><meta name="author" content="Ana Torres">
<meta property="article:published_time" content="{date}T08:30:00Z">{canonical}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{paras}</article>
<footer><p>Copyright Example Wire. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>"""


EMPTY_PAGE = """<!DOCTYPE html><html><head><title>Gallery</title></head><body><nav><a href="/">Home</a></nav>
<div class="gallery"><img src="a.jpg"><img src="b.jpg"></div></body></html>"""


def write_warc(path: Path, pages: list[tuple[str, str]], *, extra_records: bool = True) -> Path:
    """A WARC.gz (or .warc) of HTML responses (url, html); plus an image response and a request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    gz = path.name.endswith(".gz")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for n, (url, html) in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)
            if extra_records and n == 0:
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + ".png", "response",
                                                              payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
    return path
