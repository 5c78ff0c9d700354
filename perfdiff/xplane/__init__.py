"""xplane"""
