"""flowdsl: declare packet headers in Python, compile them to a Linux BPF flow dissector."""
