"""Stream keys in the path of RTMP, RTMPS and SRT ingest URLs.

A live stream's key is its publishing credential, and broadcasting tools take it as the last
segment of the ingest URL: ``ffmpeg ... -f flv rtmp://a.rtmp.youtube.com/live2/<key>``,
``rtmps://live-api-s.facebook.com:443/rtmp/FB-<id>-0-<key>``, ``rtmp://live.twitch.tv/app/live_<id>_
<key>``, ``rtmp://ingest.example.net/live/<key>``. The query and user-info parts of such URLs are
the key/value and URL rules' (``?streamkey=X``, ``rtmp://user:pass@host``); this module reads the
path, whose keys no name marks.

The last segment of a path of two or more segments is a key when it has a documented stream-key
shape (`SHAPES`: YouTube's dash-separated groups, Twitch's ``live_<digits>_<random>``,
Facebook's ``FB-<digits>-<n>-<random>``, Restream's ``re_<digits>_<hex>``) or looks generated
(`values.generated`). Stream names (``live/stream``, ``live/test``, ``app/mystream``,
``live/camera01``), variables and placeholders (``live2/$STREAM_KEY``, ``live/{key}``,
``live/<stream-key>``, ``live/xxxx-xxxx-xxxx-xxxx``) stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_URL = with_first_chars(
    re.compile(
        r"(?i)\b(?:rtmps?|rtmpt|rtmpe|srt|rtsp)://[^\s/'\"`<>]{1,200}(?P<path>(?:/[^\s/#'\"`<>()\[\]]{1,200}){2,6})"
    )
)
"""An ingest URL and its path of at least two segments (``live2?backup=1/<key>``: YouTube's backup
ingest puts a query inside the path)."""

SHAPES = re.compile(
    r"(?:"
    r"[a-z0-9]{4}(?:-[a-z0-9]{4}){3,4}"  # YouTube Live
    r"|live_\d{5,12}_[A-Za-z0-9]{20,40}"  # Twitch
    r"|FB-\d{6,20}-\d{1,3}-[A-Za-z0-9_-]{12,}"  # Facebook Live
    r"|re_\d{5,12}_[A-Za-z0-9]{16,64}"  # Restream
    r"|sk_[a-z]{2}-[a-z]+-\d_[A-Za-z0-9]{16,}"  # Amazon IVS
    r")"
)
"""Stream-key shapes that the platforms document."""
_FILLER = re.compile(r"(?i)^(?:x+|0+|a+|1234)(?:-(?:x+|0+|a+|1234))*$")
"""``xxxx-xxxx-xxxx-xxxx``: a placeholder in the YouTube shape."""


def stream_key(segment: str) -> bool:
    """Whether the last path segment of an ingest URL is a stream key."""
    if is_placeholder(segment) or _FILLER.match(segment):
        return False
    if SHAPES.fullmatch(segment):
        return any(c.isdigit() for c in segment) and any(c.isalpha() for c in segment)
    return generated(segment)


class StreamKeyDetector(ViewScanDetector):
    """The stream key in the path of an RTMP(S)/SRT/RTSP ingest URL (``secret.url.stream_key``)."""

    name = "secret.url.stream_key"
    prefilter: tuple[str, ...] = ("rtmp", "srt:", "rtsp:")  # no "/": JSON may escape it

    def find(self, view: EscapeView) -> Iterable[Hit]:
        for m in _URL.finditer(view.text):
            path = m.group("path")
            cut = path.rfind("/") + 1
            segment = path[cut:].split("?", 1)[0].rstrip(".,;:")
            if segment and stream_key(segment):
                start = m.start("path") + cut
                yield start, start + len(segment), 0.85
