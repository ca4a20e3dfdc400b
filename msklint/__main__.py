from msklint.cli import main

raise SystemExit(main())
