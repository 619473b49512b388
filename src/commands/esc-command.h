/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the headless commands share: their exit statuses, the data the application
 * hands them, the limits of their values, and the checks of their inputs and outputs. */
#pragma once

#include <gio/gio.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

/* Exit statuses, the same for every command (README.md, "Command line"). */
typedef enum {
  ESC_EXIT_OK = 0,
  ESC_EXIT_DATASET_ERRORS = 1,   /* the command ran, but the dataset has errors */
  ESC_EXIT_USAGE = 2,            /* a mistake on the command line, or nothing could be written */
} EscExitStatus;

/* Sizes are pixels, bounded so that an extreme value is refused rather than attempted:
 * a 16384 × 16384 image already takes 1 GiB (Cairo's own limit is 32767 a side). */
#define ESC_COMMAND_MIN_SIDE 100
#define ESC_COMMAND_MAX_SIDE 16384
#define ESC_COMMAND_MIN_SCALE 0.25
#define ESC_COMMAND_MAX_SCALE 8.0

/* What the application gives the commands: the built-in dataset, for a command given no
 * FILE; NULL in tests. Maps come from the drawing core's store. */
typedef struct {
  GBytes *default_dataset;
} EscCommandData;

/* Every command runs as one of these: @options holds the option values GApplication
 * packed, @files the arguments left over, @out what it made (stdout) and @err what went
 * wrong (stderr). Returns an EscExitStatus. */
typedef int (*EscCommandFunc) (GVariantDict         *options,
                               const char * const   *files,
                               const EscCommandData *data,
                               GString              *out,
                               GString              *err);

const char *esc_command_hint            (void);
int         esc_command_usage           (GString            *err,
                                         const char         *format,
                                         ...) G_GNUC_PRINTF (2, 3);
char       *esc_command_display_path    (const char         *path);

gboolean    esc_command_check_value     (const char         *option,
                                         const char         *value,
                                         GString            *err);
gboolean    esc_command_lookup_value    (GVariantDict       *options,
                                         const char         *option,
                                         const char         *default_value,
                                         const char        **value,
                                         GString            *err);
gboolean    esc_command_require_path    (GVariantDict       *options,
                                         const char         *option,
                                         char              **path,
                                         GString            *err);

gboolean    esc_command_parse_size      (const char         *text,
                                         int                *width,
                                         int                *height);
gboolean    esc_command_parse_scale     (const char         *text,
                                         double             *scale);
gboolean    esc_command_read_size       (GVariantDict       *options,
                                         const char         *default_size,
                                         int                *width,
                                         int                *height,
                                         GString            *err);

EscDataset *esc_command_load_dataset    (const char         *option,
                                         const char         *file,
                                         const EscCommandData *data,
                                         GString            *err,
                                         int                *status);

gboolean    esc_command_check_output_folder (const char     *option,
                                             const char     *path,
                                             GString        *err);
gboolean    esc_command_check_output_file   (const char     *option,
                                             const char     *path,
                                             GString        *err);
gboolean    esc_command_make_folder     (const char         *path,
                                         GString            *err);

G_END_DECLS
