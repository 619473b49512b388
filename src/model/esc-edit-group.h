/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-edit.h"

G_BEGIN_DECLS

#define ESC_TYPE_EDIT_GROUP (esc_edit_group_get_type ())

G_DECLARE_FINAL_TYPE (EscEditGroup, esc_edit_group, ESC, EDIT_GROUP, EscEdit)

EscEdit *esc_edit_group_new (const char   *label);
void     esc_edit_group_add (EscEditGroup *self,
                             EscEdit      *edit);
guint    esc_edit_group_get_n_edits (EscEditGroup *self);

G_END_DECLS
