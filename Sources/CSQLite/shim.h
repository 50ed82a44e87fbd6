// SQLite for the benchmark only: Rujuk's appends are measured against it in the same run.
#include <sqlite3.h>
