/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-election.h"
#include "esc-figure.h"
#include "esc-seat-holder.h"

G_BEGIN_DECLS

/* What an election's claims and regions say, read once: its figures (one measure of
 * one subject each, with its updates and rival claims) and the offices each party won.
 * Charts, slides, descriptions and tables read this rather than the claims. */
#define ESC_TYPE_FIGURES (esc_figures_get_type ())
G_DECLARE_FINAL_TYPE (EscFigures, esc_figures, ESC, FIGURES, GObject)

EscFigures *esc_figures_new                   (EscElection *election);
GPtrArray  *esc_figures_get_all               (EscFigures  *self);
EscFigure  *esc_figures_find                  (EscFigures  *self,
                                               EscClaim    *claim);
EscFigure  *esc_figures_lookup                (EscFigures  *self,
                                               EscMeasure   measure,
                                               EscParty    *subject);
GPtrArray  *esc_figures_get_seat_holders      (EscFigures  *self);
double      esc_figures_get_total_seats       (EscFigures  *self);
GPtrArray  *esc_figures_get_unsettled_regions (EscFigures  *self);
gboolean    esc_figures_regions_complete      (EscFigures  *self);

G_END_DECLS
