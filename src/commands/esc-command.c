/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Messages and option values that every command reads the same way. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-command.h"

const char *
esc_command_hint (void)
{
  return _("Run “escrutinio --help” to see every option.");
}

/* Appends one message about a mistake on the command line and the hint to --help;
 * returns ESC_EXIT_USAGE, so a command can `return esc_command_usage (…)`. */
int
esc_command_usage (GString    *err,
                   const char *format,
                   ...)
{
  va_list args;

  g_return_val_if_fail (err != NULL, ESC_EXIT_USAGE);

  va_start (args, format);
  g_string_append_vprintf (err, format, args);
  va_end (args);
  g_string_append_printf (err, "\n%s\n", esc_command_hint ());
  return ESC_EXIT_USAGE;
}

/* File names are bytes; messages are UTF-8. */
char *
esc_command_display_path (const char *path)
{
  return g_filename_display_name (path);
}

/* FALSE, with a message, for a value GOption took for @option that is empty, or that is
 * the next option because the value was forgotten ("--export --format svg"). */
gboolean
esc_command_check_value (const char *option,
             const char *value,
             GString    *err)
{
  if (value[0] == '\0')
    {
      esc_command_usage (err, _("--%s needs a value."), option);
      return FALSE;
    }
  if (g_str_has_prefix (value, "--"))
    {
      g_autofree char *display = esc_command_display_path (value);

      esc_command_usage (err, _("--%s needs a value, but “%s” is an option."), option, display);
      return FALSE;
    }
  return TRUE;
}

/* The string value of @option, or @default_value when it was not given. */
gboolean
esc_command_lookup_value (GVariantDict  *options,
                          const char    *option,
                          const char    *default_value,
                          const char   **value,
                          GString       *err)
{
  if (!g_variant_dict_lookup (options, option, "&s", value))
    {
      *value = default_value;
      return TRUE;
    }
  return esc_command_check_value (option, *value, err);
}

/* The file name value of @option, which must be given. */
gboolean
esc_command_require_path (GVariantDict  *options,
                          const char    *option,
                          char         **path,
                          GString       *err)
{
  *path = NULL;
  if (!g_variant_dict_lookup (options, option, "^ay", path))
    {
      esc_command_usage (err, _("--%s needs a value."), option);
      return FALSE;
    }
  if (esc_command_check_value (option, *path, err))
    return TRUE;
  g_clear_pointer (path, g_free);
  return FALSE;
}

static gboolean
parse_side (const char *text,
            int        *side)
{
  guint64 value;

  /* Digits only: no sign, space or "0x" that strtoull would take. */
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, ESC_COMMAND_MIN_SIDE, ESC_COMMAND_MAX_SIDE, &value, NULL))
    return FALSE;
  *side = (int) value;
  return TRUE;
}

/* "1600x900" into @width and @height, each from ESC_COMMAND_MIN_SIDE to
 * ESC_COMMAND_MAX_SIDE. */
gboolean
esc_command_parse_size (const char *text,
                        int        *width,
                        int        *height)
{
  g_auto(GStrv) sides = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  sides = g_strsplit (text, "x", -1);
  return g_strv_length (sides) == 2 && parse_side (sides[0], width) && parse_side (sides[1], height);
}

/* A number from ESC_COMMAND_MIN_SCALE to ESC_COMMAND_MAX_SCALE, written with a point
 * in every locale, as scripts write it. */
gboolean
esc_command_parse_scale (const char *text,
                         double     *scale)
{
  char *end = NULL;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value)
      || value < ESC_COMMAND_MIN_SCALE || value > ESC_COMMAND_MAX_SCALE)
    return FALSE;
  *scale = value;
  return TRUE;
}

/* --size, or @default_size. */
gboolean
esc_command_read_size (GVariantDict  *options,
                       const char    *default_size,
                       int           *width,
                       int           *height,
                       GString       *err)
{
  const char *size;

  if (!esc_command_lookup_value (options, "size", default_size, &size, err))
    return FALSE;
  if (esc_command_parse_size (size, width, height))
    return TRUE;
  esc_command_usage (err, _("--size: “%s” is not a size. Write WIDTHxHEIGHT in pixels, each side from %d to %d, such as 1600x900."),
                     size, ESC_COMMAND_MIN_SIDE, ESC_COMMAND_MAX_SIDE);
  return FALSE;
}
