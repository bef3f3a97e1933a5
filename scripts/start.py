"""The launcher's Python entry: Ctrl-C is answered from the first moment, then Daybook runs.

`./daybook` starts this with `-S`, so the interpreter reaches Daybook's Ctrl-C handler a few
milliseconds after it starts instead of after loading the virtual environment's packages
(which takes a few hundredths of a second); those are added here, once the handler is in place.
Only `os` and `sys`, which the interpreter has loaded already, are used before that.
"""

import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

from diary import hardening  # noqa: E402

hardening.protect_process()

import site  # noqa: E402

site.main()

from diary.__main__ import main  # noqa: E402

sys.exit(main())
