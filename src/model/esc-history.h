/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-dataset.h"
#include "esc-edit.h"

G_BEGIN_DECLS

#define ESC_TYPE_HISTORY (esc_history_get_type ())

G_DECLARE_FINAL_TYPE (EscHistory, esc_history, ESC, HISTORY, GObject)

EscHistory *esc_history_new            (EscDataset *dataset);
EscDataset *esc_history_get_dataset    (EscHistory *self);
void        esc_history_do             (EscHistory *self,
                                        EscEdit    *edit);
void        esc_history_push_applied   (EscHistory *self,
                                        EscEdit    *edit);
gboolean    esc_history_can_undo       (EscHistory *self);
gboolean    esc_history_can_redo       (EscHistory *self);
const char *esc_history_get_undo_label (EscHistory *self);
const char *esc_history_get_redo_label (EscHistory *self);
void        esc_history_undo           (EscHistory *self);
void        esc_history_redo           (EscHistory *self);
gboolean    esc_history_is_modified    (EscHistory *self);
void        esc_history_mark_saved     (EscHistory *self);
void        esc_history_forget_saved   (EscHistory *self);

G_END_DECLS
