/** The unit's training assessment of a director or officer (Art. 6(三), Art. 15). `date` is YYYY-MM-DD. */
export interface Assessment {
  passed: boolean;
  date: string;
}
