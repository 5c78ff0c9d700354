"""perfdiff's TensorBoard plugin: the annotated report, the roofline chart and the diff of two runs.

A dynamic plugin (an ES module TensorBoard loads in an iframe) over the same logdir as XProf's profile
tab. ``loader.PerfdiffLoader`` is the ``tensorboard_plugins`` entry point; it imports the rest lazily:

    loader.py   the entry point (imports nothing heavy)
    plugin.py   routes: request arguments in, JSON out (``*_route`` parse, ``*_impl`` answer)
    paths.py    runs and hosts resolved only against what ``list_runs`` found under the logdir
    jobs.py     analyses and diffs in the background, so no request waits on one
    worker.py   the analysis worker process a job runs (``python -m perfdiff.tensorboard.worker``)
    assets.py   the static frontend (``static/``) and plotly.js from the installed plotly package
    static/     index.js and its modules, style.css (plain ES modules, no bundler)
"""
