/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Between the writer, which makes the JSON, and saving, which puts it in a file. */
#pragma once

#include "esc-dataset-writer.h"
#include "esc-model-private.h"

G_BEGIN_DECLS

GBytes *esc_dataset_write_for_save (EscDataset  *self,
                                    GArray     **origins);
void    esc_dataset_commit_save    (EscDataset  *self,
                                    GBytes      *bytes,
                                    GArray      *origins);

G_END_DECLS
