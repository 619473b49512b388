/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-edit-group.h"

G_BEGIN_DECLS

#define ESC_TYPE_SOURCE_LIST (esc_source_list_get_type ())
G_DECLARE_FINAL_TYPE (EscSourceList, esc_source_list, ESC, SOURCE_LIST, GObject)

EscSourceList *esc_source_list_new          (AdwPreferencesGroup *group,
                                             gpointer             item);
void           esc_source_list_add_removals (EscSourceList       *self,
                                             EscEditGroup        *edits);
GHashTable    *esc_source_list_get_removed  (EscSourceList       *self);

G_END_DECLS
