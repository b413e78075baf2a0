"""`make run` names the Debian packages of the Qt platform libraries ldd cannot find, in one line."""

import pytest

from ui.platform_libraries import debian_package, install_line

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-render-util.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007f)
"""


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libEGL.so.1", "libegl1"), ("libfontconfig.so.1", "libfontconfig1"),
])
def test_package_named_after_the_soname(soname, package):
    assert debian_package(soname) == package


def test_one_install_line_for_everything_missing():
    assert install_line(LDD) == ("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
                                 "libxcb-render-util0 libxkbcommon-x11-0")
    assert install_line("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") is None
