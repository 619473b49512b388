/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "esc-enums.h"

G_BEGIN_DECLS

/* A figure as a passage of an article states it: what a claim cited from that passage
 * starts from. */
typedef struct {
  double value;
  guint decimals;            /* as written: 51,2 has one */
  gboolean has_out_of;       /* "20 out of 23", "18 de las 23" */
  double out_of;
  EscUnit unit;
  EscQualifier qualifier;    /* "more than 70 percent": ESC_QUALIFIER_MORE_THAN */
  gsize start;               /* bytes of the passage the figure takes, its qualifier, */
  gsize end;                 /* magnitude, unit and whole included */
  gboolean in_words;         /* "three out of four", "two-thirds": taken after digits */
} EscQuotedFigure;

GArray   *esc_quoted_figures_find (const char      *passage,
                                   const char      *language);
gboolean  esc_quoted_figure_parse (const char      *passage,
                                   const char      *language,
                                   EscQuotedFigure *figure);
guint     esc_quoted_figures_pick (GArray          *figures,
                                   const char      *passage);

G_END_DECLS
