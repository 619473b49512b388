/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ESC_TYPE_EDIT (esc_edit_get_type ())

G_DECLARE_DERIVABLE_TYPE (EscEdit, esc_edit, ESC, EDIT, GObject)

/* One change to a dataset that knows how to undo itself. Applied and reverted in turn,
 * never twice in a row: EscHistory keeps the order. */
struct _EscEditClass
{
  GObjectClass parent_class;

  void (*apply)  (EscEdit *self);
  void (*revert) (EscEdit *self);
  /* Adds the objects whose members the edit changes, for the dataset to read again
   * only what they are part of. */
  void (*collect_touched) (EscEdit   *self,
                           GPtrArray *touched);
};

void        esc_edit_apply     (EscEdit    *self);
void        esc_edit_revert    (EscEdit    *self);
const char *esc_edit_get_label (EscEdit    *self);
void        esc_edit_collect_touched (EscEdit   *self,
                                      GPtrArray *touched);
void        esc_edit_set_label (EscEdit    *self,
                                const char *label);

G_END_DECLS
