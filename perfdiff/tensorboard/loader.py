"""The ``tensorboard_plugins`` entry point: ``perfdiff = perfdiff.tensorboard.loader:PerfdiffLoader``.

TensorBoard imports every entry point at start-up, so this module imports nothing beyond
TensorBoard's own base classes; the plugin (and with it pandas) is imported when TensorBoard loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tensorboard.plugins import base_plugin

if TYPE_CHECKING:  # pragma: no cover
    from perfdiff.tensorboard.plugin import PerfdiffPlugin


class PerfdiffLoader(base_plugin.TBLoader):
    """Loads ``PerfdiffPlugin`` for the logdir TensorBoard was started with."""

    def load(self, context: base_plugin.TBContext) -> PerfdiffPlugin:
        from perfdiff.tensorboard.plugin import PerfdiffPlugin

        return PerfdiffPlugin(context)
