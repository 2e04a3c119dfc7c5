"""The test suite. Imported before any test module, so this runs first: the deployment
lock files of the suite's throwaway pin roots go in a private directory, not in the
host's /run/flowdsl, which would keep one file per pin root. Commands the tests run
inherit the variable. The process that made the directory removes it when it exits
(pytest, and `python -m tests.typecheck`, which imports this too)."""

import atexit
import os
import shutil
import tempfile

LOCK_DIR = tempfile.mkdtemp(prefix="flowdsl-test-locks-")
os.environ["FLOWDSL_LOCK_DIR"] = LOCK_DIR
atexit.register(shutil.rmtree, LOCK_DIR, ignore_errors=True)
