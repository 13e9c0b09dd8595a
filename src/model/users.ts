// Who acts: the signed-in user as every page and use case sees them, and accounts as the admin lists them.
import type { Role } from "../model.js";

// The acting user a use case is called with: enough to decide what they may do and see.
export interface Actor {
  id: number;
  roles: Role[];
}

export interface CurrentUser extends Actor {
  username: string;
  name: string;
  rank: string | null;
  unitId: number | null;
  mustChangePassword: boolean;
}

export interface UserListRow {
  id: number;
  username: string;
  name: string;
  rank: string | null;
  unitName: string | null;
  roles: Role[];
  disabledAt: Date | null;
  mustChangePassword: boolean;
}
