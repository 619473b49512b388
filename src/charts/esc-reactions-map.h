/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-drawing.h"
#include "esc-election.h"

G_BEGIN_DECLS

#define ESC_TYPE_REACTIONS_MAP (esc_reactions_map_get_type ())
G_DECLARE_FINAL_TYPE (EscReactionsMap, esc_reactions_map, ESC, REACTIONS_MAP, GObject)

EscReactionsMap *esc_reactions_map_new             (EscElection     *election,
                                                    gboolean         whole_world);
EscElection     *esc_reactions_map_get_election    (EscReactionsMap *self);
gboolean         esc_reactions_map_get_whole_world (EscReactionsMap *self);
void             esc_reactions_map_set_whole_world (EscReactionsMap *self,
                                                    gboolean         whole_world);
const char      *esc_reactions_map_get_item_id     (EscReactionsMap *self,
                                                    guint            item);
int              esc_reactions_map_find_item       (EscReactionsMap *self,
                                                    const char      *id);

G_END_DECLS
