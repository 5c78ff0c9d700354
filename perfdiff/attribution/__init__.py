"""Attribution: what each op cost, what it should have cost on the chip, and the gap."""
