"""The user's own helper module (for tests/scripts/user_and_library.py): user code by default; a
library once the user names the folder (``PERFDIFF_LIBRARIES=helpers``)."""

import tinylib


def layer(x):
    return tinylib.normalize(x)  # the helper's line: HELPER_LINE
