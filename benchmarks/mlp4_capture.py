"""Capture a small MLP train step on fake CPU devices: data parallel (the batch split over the devices,
the weights on every device), so XLA all-reduces the gradients — collectives that wait on the
slowest device. Run by ``diff_noise.py`` in a fresh interpreter (the device count is fixed when jax
starts):

    XLA_FLAGS=--xla_force_host_platform_device_count=4 python benchmarks/mlp4_capture.py LOGDIR RUN \\
        [--d-ff 2048] [--steps 8]
"""

from __future__ import annotations

import argparse

D_MODEL = 512
BATCH = 1024  # rows per step, split over the devices
LEARNING_RATE = 1e-3


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("logdir")
    parser.add_argument("run")
    parser.add_argument("--d-ff", type=int, default=2048)
    parser.add_argument("--steps", type=int, default=8)
    args = parser.parse_args()

    import jax
    import jax.numpy as jnp
    from jax.sharding import Mesh, NamedSharding, PartitionSpec

    import perfdiff.capture

    mesh = Mesh(jax.devices(), ("data",))
    replicated, split = NamedSharding(mesh, PartitionSpec()), NamedSharding(mesh, PartitionSpec("data"))
    keys = jax.random.split(jax.random.key(0), 3)
    params = {
        "w_up": jax.random.normal(keys[0], (D_MODEL, args.d_ff), jnp.float32) / D_MODEL**0.5,
        "w_down": jax.random.normal(keys[1], (args.d_ff, D_MODEL), jnp.float32) / args.d_ff**0.5,
    }
    params = jax.device_put(params, replicated)
    batch = jax.device_put(jax.random.normal(keys[2], (BATCH, D_MODEL), jnp.float32), split)

    def loss(params, x):  # noqa: ANN001, ANN202
        y = jax.nn.gelu(x @ params["w_up"]) @ params["w_down"]
        return jnp.mean((y - x) ** 2)

    def step(params, opt_state, x):  # noqa: ANN001, ANN202
        value, grads = jax.value_and_grad(loss)(params, x)
        params = jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)
        return params, opt_state, {"loss": value}

    jitted = jax.jit(step, out_shardings=(replicated, replicated, replicated))
    opt_state = jax.device_put(jnp.zeros((), jnp.int32), replicated)
    capture = perfdiff.capture.train(
        jitted, params, opt_state, batch, logdir=args.logdir, steps=args.steps, run=args.run
    )
    print(capture.run_dir)


if __name__ == "__main__":
    main()
