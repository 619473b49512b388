/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-claim.h"

G_BEGIN_DECLS

/* One measure of one subject (the vote share of one party, the turnout) with every
 * claim about it: which of them stand now, which earlier counts they updated, and
 * whether the claims that stand disagree. */
#define ESC_TYPE_FIGURE (esc_figure_get_type ())
G_DECLARE_FINAL_TYPE (EscFigure, esc_figure, ESC, FIGURE, GObject)

EscMeasure        esc_figure_get_measure  (EscFigure *self);
EscParty         *esc_figure_get_subject  (EscFigure *self);
EscUnit           esc_figure_get_unit     (EscFigure *self);
EscLocalizedText *esc_figure_get_label    (EscFigure *self);
GPtrArray        *esc_figure_get_claims   (EscFigure *self);
GPtrArray        *esc_figure_get_current  (EscFigure *self);
GPtrArray        *esc_figure_get_updates  (EscFigure *self);
gboolean          esc_figure_is_disputed  (EscFigure *self);
gboolean          esc_figure_is_current   (EscFigure *self,
                                           EscClaim  *claim);
gboolean          esc_figure_counts_seats (EscFigure *self);

G_END_DECLS
