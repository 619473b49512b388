/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-election.h"
#include "esc-tally.h"

G_BEGIN_DECLS

#define ESC_TYPE_TALLY_VIEW (esc_tally_view_get_type ())
G_DECLARE_FINAL_TYPE (EscTallyView, esc_tally_view, ESC, TALLY_VIEW, AdwBin)

GtkWidget *esc_tally_view_new     (EscTally    *tally,
                                   EscElection *election,
                                   gboolean     pick_parties);
void       esc_tally_view_set_description (AdwPreferencesGroup *group,
                                           const char          *text);
void       esc_tally_view_present (GtkWindow   *parent,
                                   EscTally    *tally,
                                   EscElection *election);

G_END_DECLS
