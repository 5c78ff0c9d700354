"""The HLO cost helper process: ``python -m perfdiff.costs.cost_worker LIMIT_BYTES``.

Reads serialized HloModuleProtos from stdin and answers each with its ``instruction_rows.module_rows``
(an empty request: ``{"ready": true}`` once XLA's CPU client is up),
under the framing and answer forms of ``xla_process`` (which starts it and reads the answers). XLA runs
here, under an address-space limit of LIMIT_BYTES, so a module that crashes it or asks for absurd
memory costs this process, not the user's.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import traceback
from typing import Any

from perfdiff.costs import xla_cost
from perfdiff.costs.instruction_rows import module_rows
from perfdiff.costs.xla_process import HEADER_BYTES
from perfdiff.errors import PerfdiffError, UnsupportedVersionError


def serve(limit: int) -> int:  # pragma: no cover - runs in the child
    """The child's loop: read a module, answer its rows, until the parent closes stdin."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)  # a limit inherited from 'ulimit -v' stays
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    # The protocol owns the original stdout; anything native code prints goes to stderr (the log).
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    stdin = sys.stdin.buffer
    while len(header := stdin.read(HEADER_BYTES)) == HEADER_BYTES:
        data = stdin.read(int.from_bytes(header, "little"))
        answer: dict[str, Any]
        try:
            if not data:  # a ping (xla_process.warm): answered when XLA's CPU client is up
                xla_cost.ready()
                answer = {"ready": True}
            else:
                answer = {"rows": module_rows(data)}
        except UnsupportedVersionError as err:
            answer = {"error": str(err), "kind": "unsupported"}
        except MemoryError:
            answer = {"error": "pricing it needs more memory than is available", "kind": "bad"}
        except PerfdiffError as err:
            answer = {"error": str(err), "kind": "bad"}
        except Exception:  # a perfdiff bug: the parent raises it with this traceback
            answer = {"error": traceback.format_exc(), "kind": "bug"}
        payload = json.dumps(answer).encode()
        out.write(len(payload).to_bytes(HEADER_BYTES, "little") + payload)
        out.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(serve(int(sys.argv[1])))
