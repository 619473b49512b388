/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-edit.h"

G_BEGIN_DECLS

#define ESC_TYPE_EDIT_SET (esc_edit_set_get_type ())

G_DECLARE_FINAL_TYPE (EscEditSet, esc_edit_set, ESC, EDIT_SET, EscEdit)

EscEdit *esc_edit_set_new         (gpointer      object,
                                   const char   *property,
                                   const GValue *value);
EscEdit *esc_edit_set_new_changes (gpointer      original,
                                   gpointer      edited,
                                   const char   *label);
gpointer esc_edit_set_copy_dropping (gpointer    object,
                                     GHashTable *dropped);
gpointer esc_edit_set_copy        (gpointer      object);

G_END_DECLS
