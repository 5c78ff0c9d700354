"""What a trace implies but does not say, as pure table functions the parse stage calls per host:
which program execution each op ran in, the steps of a trace without step marks, and the HLO op of a
kernel that ran inside a GPU command buffer. No XPlane or pandas I/O here: arrays and tables in, out."""
