// The "Remember this device" choice shown when someone signs in.
import { Checkbox } from '../../ui/index.ts';

export function RememberDevice({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Checkbox
      label="Remember this device"
      hint="Only choose this on your own phone or computer, not a shared one."
      checked={checked}
      onChange={onChange}
    />
  );
}
