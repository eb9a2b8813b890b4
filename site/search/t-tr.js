briefingSearch.terms("tr",{"transferring":[1,2],"trillion":[1,1],"troops":[0,1,1,2],"trump":[1,1],"trust":[0,2]});
