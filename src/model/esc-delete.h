/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "esc-dataset.h"
#include "esc-edit.h"

G_BEGIN_DECLS

EscEdit *esc_delete_new (EscDataset  *dataset,
                         gpointer     item,
                         const char  *label,
                         GPtrArray  **also,
                         guint       *n_quotes);

G_END_DECLS
