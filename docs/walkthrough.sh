#!/usr/bin/env bash
# Runs the walkthrough (docs/walkthrough.md) as the build does: WalkthroughIT executes every console
# block of the page in one shell, in a copy of the repository, and compares the outputs with the page.
#
#   docs/walkthrough.sh            check the page
#   docs/walkthrough.sh --update   write this run's outputs into the page (and README.md's copy); review with git diff
#
# Builds what it needs first (the sample's jar and migrate.jar); set MIGRATE_TEST_POSTGRES_URL as for the tests
# if you want the build's other tests to see PostgreSQL (they are skipped here).
set -euo pipefail
cd "$(dirname "$0")/.."

update=false
case "${1:-}" in
  "") ;;
  --update) update=true ;;
  *) echo "usage: docs/walkthrough.sh [--update]" >&2; exit 2 ;;
esac

./mvnw -B -ntp -pl sample-app -am verify \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=WalkthroughIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dwalkthrough.update="$update"
