"""Files and folders the user cannot read are reported, not skipped without a word (issue 9).

Root reads everything, so as root the check runs in a forked child that has
dropped to the ``nobody`` user (uid/gid 65534) after the modules were loaded:
the child needs no file but the test folder, which is made world-traversable.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path

import pytest

from kg.text.reading import ReadError, folder_notes, read_file

NOBODY = 65534


def _as_unprivileged(fn) -> object:
    """``fn()`` run by a user that file permissions apply to; its JSON-able result."""
    if os.geteuid() != 0:
        return fn()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, run, report, leave without cleanup
        try:
            os.close(r)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            out = json.dumps(fn()).encode()
        except BaseException as exc:  # noqa: BLE001 - handed to the parent
            out = json.dumps({"child error": repr(exc)}).encode()
        os.write(w, out)
        os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return json.loads(data)


@pytest.fixture()
def pages():
    base = Path(tempfile.mkdtemp(prefix="kg-perm-"))
    base.chmod(0o755)
    (base / "ok.txt").write_text("青松经济开发区位于云梦县。", encoding="utf-8")
    secret = base / "secret"
    secret.mkdir()
    (secret / "a.txt").write_text("某某公司投资1亿元。", encoding="utf-8")
    secret.chmod(0)
    locked = base / "locked.txt"
    locked.write_text("某某公司投资2亿元。", encoding="utf-8")
    locked.chmod(0)
    yield base
    secret.chmod(stat.S_IRWXU)
    for f in sorted(base.rglob("*"), reverse=True):
        f.unlink() if f.is_file() else f.rmdir()
    base.rmdir()


def test_a_folder_that_cannot_be_opened_is_named(pages):
    notes = _as_unprivileged(lambda: folder_notes([pages]))
    assert notes == [f"{pages / 'secret'}: folder cannot be opened (permission); its pages were not read"]


def test_a_file_that_cannot_be_read_says_so_in_one_line(pages):
    def read() -> str:
        try:
            read_file(pages / "locked.txt")
        except ReadError as e:
            return str(e)
        return "read"

    msg = _as_unprivileged(read)
    assert msg == f"{pages / 'locked.txt'}: permission denied; make the file readable"
