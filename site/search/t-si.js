briefingSearch.terms("si",{"side":[0,1],"signal":[0,1],"significantly":[0,1],"signing":[0,1],"signs":[1,1],"simply":[1,2],"simultaneously":[0,1],"since":[0,1,1,1],"situation":[0,2]});
