/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-edit.h"

G_BEGIN_DECLS

#define ESC_TYPE_EDIT_LIST (esc_edit_list_get_type ())

G_DECLARE_FINAL_TYPE (EscEditList, esc_edit_list, ESC, EDIT_LIST, EscEdit)

EscEdit *esc_edit_list_new_insert (gpointer    owner,
                                   const char *list,
                                   guint       position,
                                   gpointer    item);
EscEdit *esc_edit_list_new_remove (gpointer    owner,
                                   const char *list,
                                   guint       position);

G_END_DECLS
