// cairo (PDF surfaces, drawing) and pango (text layout through fontconfig) for the PDF report.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
