"""The test suite. Imported before any test module, so this runs first: the deployment
lock files of the suite's throwaway pin roots go in a private directory (removed at the
end, in conftest.py), not in the host's /run/flowdsl, which would keep one file per pin
root. Commands the tests run inherit the variable."""

import os
import tempfile

LOCK_DIR = tempfile.mkdtemp(prefix="flowdsl-test-locks-")
os.environ["FLOWDSL_LOCK_DIR"] = LOCK_DIR
