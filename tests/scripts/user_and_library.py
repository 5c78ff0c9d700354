"""A user's script calling a tiny library installed in a site-packages folder, traced with jax.profiler.

usage: user_and_library.py LOGDIR SITE_PACKAGES
SITE_PACKAGES holds the package ``tinylib`` (tests/test_user_source.py installs it there); the user's
own helper ``helpers/wrap.py`` sits beside this script. Prints one JSON line: the run folder and the
line numbers of the user's call and of the helper's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[2])  # the site-packages folder, as an installed package would be found
sys.path.insert(0, str(Path(__file__).resolve().parent))

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import tinylib  # noqa: E402
from helpers import wrap  # noqa: E402


@jax.jit
def step(x, y):
    # Two sorts (ops of their own, which XLA fuses with nothing), each made by the library's line.
    a = wrap.layer(x)  # through the user's helper: USER_LINE
    b = tinylib.normalize(y)  # a direct call into the library: DIRECT_LINE
    return a, b


def main() -> None:
    x, y = jnp.arange(64 * 128.0).reshape(64, 128)[:, ::-1], jnp.ones((32, 256))
    jax.block_until_ready(step(x, y))
    jax.profiler.start_trace(sys.argv[1])
    for i in range(2):
        with jax.profiler.StepTraceAnnotation("train", step_num=i):
            jax.block_until_ready(step(x, y))
    jax.profiler.stop_trace()
    lines = Path(__file__).read_text().splitlines()
    found = {tag: next(n for n, text in enumerate(lines, 1) if text.endswith(tag)) for tag in
             ("USER_LINE", "DIRECT_LINE")}  # fmt: skip
    runs = sorted((Path(sys.argv[1]) / "plugins" / "profile").iterdir())
    print(json.dumps({"run_dir": str(runs[-1]), "script": str(Path(__file__).resolve()), **found}))


if __name__ == "__main__":
    main()
