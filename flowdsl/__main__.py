from flowdsl.cli import entry_point

entry_point()
