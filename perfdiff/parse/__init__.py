"""The parse stage: XPlane protobufs -> the tables of a ``Profile`` (see ``perfdiff.parse.profile``)."""
