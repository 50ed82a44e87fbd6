// libxlsxwriter: XLSX workbooks with formats and native charts, for the report.
#include <xlsxwriter.h>
